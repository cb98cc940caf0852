package org.maple.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Refuses request bodies over 1 MiB with 413 before any resource reads them. */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(Problem.response(413, "Payload too large",
                    "The request body is larger than " + MAX_BYTES / 1024 + " KiB."));
        }
    }
}
