package org.maple.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.maple.identity.boundary.LoginAttempts;
import org.maple.platform.web.Pages;

/** The sign-in page and signing out. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    LoginAttempts attempts;

    private String email;
    private String password;

    public void login() {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            Pages.error("login:email", "Enter your e-mail address and your password.");
            return;
        }
        HttpServletRequest req = (HttpServletRequest) ec.getRequest();
        String target = takeSavedRequest(req);
        AuthenticationStatus status = security.authenticate(req, (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email.strip(), new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> fc.responseComplete();
            case SUCCESS -> {
                req.changeSessionId();
                Pages.redirect(target);
            }
            default -> Pages.error("login:email", attempts.isLocked(email)
                    ? "Too many failed sign-ins: this account is locked for a while. Try again later or ask an admin."
                    : "E-mail address or password not recognised.");
        }
    }

    /**
     * Takes over the page the person asked for before signing in (saved by the login-to-continue
     * mechanism) and forgets it there, so the sign-in completes here and we redirect ourselves:
     * the container's own replay of the saved request reaches the EJB layer without the caller.
     * Returns a path within this application, never another site.
     */
    static String takeSavedRequest(HttpServletRequest req) {
        var session = req.getSession(false);
        String path = "/index.xhtml";
        if (session == null) {
            return path;
        }
        Object saved = session.getAttribute(SAVED_REQUEST);
        session.removeAttribute(SAVED_REQUEST);
        session.removeAttribute(SAVED_AUTHENTICATION);
        if (saved != null) {
            try {
                String url = String.valueOf(saved.getClass().getMethod("getFullRequestURL").invoke(saved));
                java.net.URI uri = java.net.URI.create(url);
                String ctx = req.getContextPath();
                String p = uri.getRawPath();
                if (p != null && p.startsWith(ctx + "/") && !p.contains("login.xhtml")) {
                    path = p.substring(ctx.length()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                // keep the home page
            }
        }
        return path;
    }

    private static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";
    private static final String SAVED_AUTHENTICATION = "org.glassfish.soteria.authentication";

    public void logout() throws ServletException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) ec.getRequest()).logout();
        ec.invalidateSession();
        Pages.redirect("/login.xhtml?signedOut=true");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
