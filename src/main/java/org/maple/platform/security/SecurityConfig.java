package org.maple.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Form login on {@code /login.xhtml} (Jakarta Security, {@link ReplicatedFormAuthentication}: the
 * sign-in replicates with the session across a cluster), checked against MAPLE's own identity
 * store ({@code identity/boundary/PasswordIdentityStore}). Role folders are protected in web.xml;
 * services enforce roles again with {@code @RolesAllowed}.
 */
@DeclareRoles({"learner", "manager", "trainer", "admin"})
@ApplicationScoped
public class SecurityConfig {
}
