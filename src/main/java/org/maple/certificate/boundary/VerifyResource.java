package org.maple.certificate.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.maple.certificate.boundary.CertificateRecords.CredentialCheck;
import org.maple.certificate.boundary.CertificateRecords.Verification;
import org.maple.certificate.control.VerifyRateLimiter;
import org.maple.platform.rest.Problem;

/**
 * {@code /api/verify}: public certificate verification, no sign-in. Look-ups are rate-limited per
 * client address (429 with Retry-After when over the limit).
 */
@Path("verify")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerifyResource {

    @Inject
    VerificationService verification;

    @Inject
    VerifyRateLimiter limiter;

    @Context
    HttpServletRequest request;

    @GET
    @Path("jwks.json")
    @Produces({"application/jwk-set+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "MAPLE's public keys for Open Badges credentials (JWKS)")
    public Response jwks() {
        return Response.ok(verification.jwks())
                .header("Cache-Control", "public, max-age=3600").build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Verify a certificate code: holder, course, dates, DANOS units, status; 404 when unknown")
    public Response verify(@PathParam("code") String code) {
        Response throttled = throttle();
        if (throttled != null) {
            return throttled;
        }
        Verification v = verification.verify(code);
        return Response.status(v.found() ? 200 : 404).entity(v).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("credential")
    @Consumes({MediaType.TEXT_PLAIN, "application/jwt", "application/vc+jwt"})
    @Operation(summary = "Check an Open Badges 3.0 credential (VC-JWT): valid, tampered, revoked, expired, superseded")
    public Response credential(String jwt) {
        Response throttled = throttle();
        if (throttled != null) {
            return throttled;
        }
        CredentialCheck check = verification.checkCredential(jwt);
        return Response.status("malformed".equals(check.result()) ? 400 : 200).entity(check)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("credential")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check an Open Badges 3.0 credential given as JSON {\"credential\": \"<VC-JWT>\"}")
    public Response credentialJson(String body) {
        String jwt;
        try {
            JsonObject o = Json.createReader(new java.io.StringReader(body == null ? "" : body)).readObject();
            jwt = o.getString("credential", "");
        } catch (JsonException | ClassCastException e) {
            return Problem.response(400, "Invalid input", "Send {\"credential\": \"<the VC-JWT>\"} or the JWT as text/plain.");
        }
        return credential(jwt);
    }

    private Response throttle() {
        String client = limiter.clientOf(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"));
        if (limiter.tryAcquire(client)) {
            return null;
        }
        return Response.fromResponse(Problem.response(429, "Too many requests",
                "Too many verification look-ups from your address. Try again in a minute."))
                .header("Retry-After", limiter.retryAfterSeconds()).build();
    }
}
