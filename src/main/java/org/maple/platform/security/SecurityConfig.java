package org.maple.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on {@code /login.xhtml} (Jakarta Security), checked against MAPLE's own identity
 * store ({@code identity/boundary/PasswordIdentityStore}). Role folders are protected in web.xml;
 * services enforce roles again with {@code @RolesAllowed}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"learner", "manager", "trainer", "admin"})
@ApplicationScoped
public class SecurityConfig {
}
