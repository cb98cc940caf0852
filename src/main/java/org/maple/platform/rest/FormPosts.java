package org.maple.platform.rest;

import java.net.URI;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.maple.platform.error.AccessDeniedException;

/**
 * Plain HTML forms that post to {@code /api} and go on to a page (post, redirect, get). They carry
 * no Faces view state, so a page whose only forms are these saves no view state at all; forged
 * posts from other sites are stopped by the SameSite session cookie and by {@link #requireSameOrigin}.
 */
public final class FormPosts {

    private FormPosts() {
    }

    /** Refuses a form posted from another site (a browser sends {@code Origin} with every form post). */
    public static void requireSameOrigin(String origin, UriInfo uri) {
        if (origin == null || origin.isEmpty() || origin.equals("null")) {
            return;
        }
        try {
            String authority = URI.create(origin).getAuthority();
            if (authority != null && authority.equalsIgnoreCase(uri.getBaseUri().getAuthority())) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // not a URI: refused below
        }
        throw new AccessDeniedException("This form was sent from another site.");
    }

    /** A builder for a page of the application (path relative to the context root, e.g. {@code learner/quiz/result.xhtml}). */
    public static UriBuilder page(UriInfo uri, String path) {
        return uri.getBaseUriBuilder().replacePath(uri.getBaseUri().getPath().replaceFirst("api/?$", "")).path(path);
    }

    /** 303 See Other to a page built with {@link #page}. */
    public static Response seeOther(UriBuilder page) {
        return Response.seeOther(page.build()).build();
    }
}
