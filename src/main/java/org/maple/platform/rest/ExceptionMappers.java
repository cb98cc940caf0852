package org.maple.platform.rest;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.maple.platform.error.MapleException;

/** Maps every failure to a problem body with the right 4xx/5xx status; stack traces go to the log only. */
public final class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    private ExceptionMappers() {
    }

    static Response map(Throwable t, SecurityContext security) {
        Throwable cause = unwrap(t);
        if (cause instanceof MapleException m) {
            return Problem.response(m.status(), m.title(), m.getMessage());
        }
        if (cause instanceof EJBAccessException) {
            boolean signedIn = security != null && security.getUserPrincipal() != null;
            return signedIn
                    ? Problem.response(403, "Forbidden", "You do not have permission for this.")
                    : Problem.response(401, "Not signed in", "Please sign in first.");
        }
        if (cause instanceof ConstraintViolationException cv) {
            String detail = cv.getConstraintViolations().stream()
                    .map(v -> last(v.getPropertyPath().toString()) + ": " + v.getMessage())
                    .sorted().collect(Collectors.joining("; "));
            return Problem.response(400, "Invalid input", detail);
        }
        if (cause instanceof jakarta.ws.rs.ProcessingException || cause instanceof jakarta.json.bind.JsonbException
                || cause instanceof jakarta.json.JsonException) {
            // a request body that is not the JSON the endpoint takes (malformed, wrong types)
            return Problem.response(400, "Invalid input", "The request body could not be read: send valid JSON of the documented shape.");
        }
        if (cause instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            String reason = w.getResponse().getStatusInfo().getReasonPhrase();
            String detail = status == 404 ? "No such resource."
                    : status == 405 ? "This method is not allowed here."
                    : status == 415 ? "Unsupported content type."
                    : status < 500 ? "The request could not be understood: " + safe(w.getMessage()) : "Server error.";
            return Problem.response(status, reason, detail);
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unhandled error, reference " + ref, t);
        return Problem.response(500, "Server error", "Something went wrong on our side (reference " + ref + ").");
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof EJBException && !(c instanceof EJBAccessException)) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    private static String last(String path) {
        int i = path.lastIndexOf('.');
        return i < 0 ? path : path.substring(i + 1);
    }

    private static String safe(String message) {
        if (message == null) {
            return "bad request";
        }
        String m = message.replaceAll("[\\r\\n\\t]", " ");
        return m.length() > 200 ? m.substring(0, 200) : m;
    }

    /** Catches everything not handled more specifically. */
    @Provider
    public static class Any implements ExceptionMapper<Throwable> {
        @Context
        SecurityContext security;

        @Override
        public Response toResponse(Throwable t) {
            return map(t, security);
        }
    }

    /** Keeps JAX-RS's own 4xx statuses, with a problem body. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            return map(e, null);
        }
    }

    /** Service exceptions arrive wrapped by the EJB container. */
    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Context
        SecurityContext security;

        @Override
        public Response toResponse(EJBException e) {
            return map(e, security);
        }
    }

    @Provider
    public static class Maple implements ExceptionMapper<MapleException> {
        @Override
        public Response toResponse(MapleException e) {
            return map(e, null);
        }
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return map(e, null);
        }
    }
}
