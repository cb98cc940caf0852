package org.maple.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.maple.platform.web.Pages;

/** The front door: sends each person to the home page of their role. */
@Named
@RequestScoped
public class HomeView {

    public void route() {
        var ec = FacesContext.getCurrentInstance().getExternalContext();
        if (ec.getRemoteUser() == null) {
            Pages.redirect("/login.xhtml");
        } else if (ec.isUserInRole("learner") || ec.isUserInRole("manager")) {
            Pages.redirect("/learner/course/induction.xhtml");
        } else if (ec.isUserInRole("trainer")) {
            Pages.redirect("/trainer/course/courses.xhtml");
        } else {
            Pages.redirect("/admin/identity/staff.xhtml");
        }
    }
}
