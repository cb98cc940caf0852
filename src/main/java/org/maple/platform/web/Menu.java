package org.maple.platform.web;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.maple.platform.security.ReplicatedFormAuthentication;

/**
 * Which parts of the layout's menu to show, worked out once per request. The layout used to ask
 * {@code request.isUserInRole} up to fourteen times per page; each question goes through the
 * container's authorisation layer, whose locks the busiest pages then queued on.
 */
@Named("menu")
@RequestScoped
public class Menu {

    private static final String[] ROLES = {"learner", "manager", "trainer", "admin"};

    private Set<String> roles;

    public boolean isLearner() {
        return roles().contains("learner");
    }

    public boolean isManager() {
        return roles().contains("manager");
    }

    public boolean isTrainer() {
        return roles().contains("trainer");
    }

    public boolean isAdmin() {
        return roles().contains("admin");
    }

    private Set<String> roles() {
        if (roles == null) {
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            Set<String> found = ReplicatedFormAuthentication.signedInGroups((HttpServletRequest) ec.getRequest());
            if (found.isEmpty() && ec.getRemoteUser() != null) {
                found = new HashSet<>();
                for (String role : ROLES) {
                    if (ec.isUserInRole(role)) {
                        found.add(role);
                    }
                }
            }
            roles = found;
        }
        return roles;
    }
}
