package org.maple.quiz.entity;

/** A shared case text that several questions of a bank refer to by {@code id}. */
public record Scenario(String id, String title, String text) implements java.io.Serializable {

    public Scenario {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }
}
