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
        AuthenticationStatus status = security.authenticate(req, (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email.strip(), new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> fc.responseComplete();
            case SUCCESS -> {
                req.changeSessionId();
                Pages.redirect("/index.xhtml");
            }
            default -> Pages.error("login:email", attempts.isLocked(email)
                    ? "Too many failed sign-ins: this account is locked for a while. Try again later or ask an admin."
                    : "E-mail address or password not recognised.");
        }
    }

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
