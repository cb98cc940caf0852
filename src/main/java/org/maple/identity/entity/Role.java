package org.maple.identity.entity;

import java.util.Locale;
import java.util.Optional;

/** What a person may do in MAPLE. A person may hold several roles. */
public enum Role {
    LEARNER, MANAGER, TRAINER, ADMIN;

    /** The security group name used in web.xml and {@code @RolesAllowed}. */
    public String groupName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.equals("STAFF") || t.equals("KEYWORKER")) {
            return Optional.of(LEARNER);
        }
        for (Role r : values()) {
            if (r.name().equals(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
