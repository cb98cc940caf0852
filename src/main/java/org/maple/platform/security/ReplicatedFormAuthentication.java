package org.maple.platform.security;

import java.io.Serializable;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Form sign-in (the Faces page {@code /login.xhtml} and {@code POST /api/session}) whose result lives
 * in the HTTP session as a plain serializable attribute, so that it replicates with the session to
 * every node of a Payara cluster.
 *
 * <p>Why not Jakarta Security's {@code @CustomFormAuthenticationMechanismDefinition}: its
 * {@code @AutoApplySession} keeps the caller in the container's own session state, which Payara
 * does not replicate with the groups: on another node the caller is known but has no role, and every
 * {@code @RolesAllowed} answers 403 (payara/Payara#6342). Here each request tells the container the
 * caller and their groups from the session attribute ({@link SignedInFromSession}, which runs before
 * login-to-continue); everything else (login-to-continue with the
 * saved request, the identity store, the statuses returned to {@code SecurityContext.authenticate})
 * is as before.
 */
@ApplicationScoped
@SignedInFromSession.Binding
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class ReplicatedFormAuthentication implements HttpAuthenticationMechanism {

    /** The session attribute holding who is signed in. */
    static final String SIGNED_IN = "org.maple.security.signedIn";

    /** Who is signed in: what the session remembers (and replicates) after a valid sign-in. */
    record SignedIn(String caller, Set<String> groups) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    IdentityStoreHandler identityStores;

    /**
     * The groups (MAPLE's role names) of whoever signed in with this session, read from the session
     * without asking the container's authorisation layer; empty when nobody has. For display only
     * (the menu): access itself is always decided by the container and the services.
     */
    public static Set<String> signedInGroups(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn who ? who.groups() : Set.of();
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            Credential credential = context.getAuthParameters().getCredential();
            if (credential == null) {
                return context.doNothing();
            }
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession().setAttribute(SIGNED_IN,
                        new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        // a caller signed in earlier was restored by SignedInFromSession before this point
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
