package org.maple.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON REST API under {@code /api}; the OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "MAPLE API", version = "1",
        description = "Mutual Aid Professional Learning Environment. Sign in first (POST /api/session); "
                + "errors are RFC 9457 problem documents."))
public class MapleApplication extends Application {
}
