package org.maple.quiz.entity;

import java.util.Locale;
import java.util.Optional;

/** The kinds of question a bank may hold; {@link #id()} is the name used in bank files. */
public enum QuestionType {
    SINGLE, MULTIPLE, TRUEFALSE, MATCHING, ORDERING, SHORT;

    /** The lower-case name used in {@code type:} fields. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuestionType> fromId(String id) {
        for (QuestionType t : values()) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Whether answers are chosen from {@link Question#options()} (true/false uses two options). */
    public boolean usesOptions() {
        return this == SINGLE || this == MULTIPLE || this == TRUEFALSE;
    }
}
