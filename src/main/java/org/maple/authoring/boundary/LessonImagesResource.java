package org.maple.authoring.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.maple.authoring.entity.LessonImage;

/** {@code /api/lesson-images/{course}/{name}}: lesson images for any signed-in member of staff, served safely. */
@Path("lesson-images")
@RequestScoped
public class LessonImagesResource {

    @Inject
    LessonImageService images;

    @GET
    @Path("{c}/{name}")
    @Operation(summary = "A lesson image (type checked at upload; served with nosniff and a sandboxing CSP)")
    public Response image(@PathParam("c") String c, @PathParam("name") String name) {
        LessonImage i = images.image(c, name);
        return Response.ok(i.bytes(), i.getMediaType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Disposition", "inline; filename=\"" + i.getName() + "\"")
                .header("Cache-Control", "private, max-age=86400")
                .build();
    }
}
