package org.maple.practice.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A prompt of a session's checklist as it was asked: discussed or not, with a note. */
@Embeddable
public class SupervisionItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "prompt_code", nullable = false, length = 20)
    private String promptCode;

    @Column(name = "prompt_text", nullable = false, length = 500)
    private String promptText;

    @Column(nullable = false)
    private boolean discussed;

    @Column(length = 2000)
    private String note;

    protected SupervisionItem() {
    }

    public SupervisionItem(String promptCode, String promptText, boolean discussed, String note) {
        this.promptCode = promptCode;
        this.promptText = promptText;
        this.discussed = discussed;
        this.note = note;
    }

    public String getPromptCode() {
        return promptCode;
    }

    public String getPromptText() {
        return promptText;
    }

    public boolean isDiscussed() {
        return discussed;
    }

    public String getNote() {
        return note;
    }
}
