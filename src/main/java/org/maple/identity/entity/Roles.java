package org.maple.identity.entity;

/** Role names as constants for {@code @RolesAllowed}. */
public final class Roles {
    public static final String LEARNER = "learner";
    public static final String MANAGER = "manager";
    public static final String TRAINER = "trainer";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
