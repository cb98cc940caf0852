package org.maple.practice.entity;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An action agreed in supervision, with its due date. */
@Embeddable
public class AgreedAction implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "action_text", nullable = false, length = 1000)
    private String text;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected AgreedAction() {
    }

    public AgreedAction(String text, LocalDate dueOn) {
        this.text = text;
        this.dueOn = dueOn;
    }

    public String getText() {
        return text;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
