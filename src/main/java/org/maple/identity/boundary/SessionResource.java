package org.maple.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.maple.platform.rest.FormPosts;
import org.maple.platform.rest.Problem;

/** {@code /api/session}: sign in and out for API clients (a session cookie, as in the browser). */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** Who is signed in. */
    public record SessionInfo(long id, String email, String name, java.util.List<String> roles) implements java.io.Serializable {
    }

    @Inject
    SecurityContext security;

    @Inject
    LoginAttempts attempts;

    @Inject
    CallerService caller;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign in with e-mail and password; sets the session cookie")
    public Response signIn(@FormParam("email") String email, @FormParam("password") String password) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()
                || email.length() > 254 || password.length() > 1000) {
            return Problem.response(400, "Invalid input", "Give an e-mail address and a password.");
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters
                .withParams().newAuthentication(true)
                .credential(new UsernamePasswordCredential(email.strip(), new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            return Response.ok(me()).build();
        }
        return attempts.isLocked(email)
                ? Problem.response(429, "Too many attempts", "Too many failed sign-ins: this account is locked for a while.")
                : Problem.response(401, "Not signed in", "E-mail or password not recognised.");
    }

    @GET
    @Operation(summary = "Who is signed in")
    public Response current() {
        return caller.find().isPresent() ? Response.ok(me()).build()
                : Problem.response(401, "Not signed in", "Please sign in first.");
    }

    @DELETE
    @Operation(summary = "Sign out")
    public Response signOut() throws ServletException {
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    @POST
    @Path("end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "The pages' sign-out button: sign out, then go to the sign-in page")
    public Response signOutForm(@HeaderParam("Origin") String origin) throws ServletException {
        FormPosts.requireSameOrigin(origin, uri);
        signOut();
        return FormPosts.seeOther(FormPosts.page(uri, "login.xhtml").queryParam("signedOut", "true"));
    }

    private SessionInfo me() {
        var p = caller.current();
        return new SessionInfo(p.getId(), p.getEmail(), p.getDisplayName(),
                p.getRoles().stream().map(r -> r.groupName()).sorted().toList());
    }
}
