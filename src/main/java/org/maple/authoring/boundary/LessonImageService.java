package org.maple.authoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.authoring.control.AuthoringRepository;
import org.maple.authoring.entity.LessonImage;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.ItemNotFoundException;

/** Lesson images for reading lessons. Role: any staff role. */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.MANAGER, Roles.TRAINER, Roles.ADMIN})
public class LessonImageService {

    @Inject
    AuthoringRepository repo;

    /** Use case: an image of a course's lessons. */
    public LessonImage image(String code, String name) {
        return repo.image(code == null ? "" : code, name == null ? "" : name)
                .orElseThrow(() -> new ItemNotFoundException("There is no such image."));
    }
}
