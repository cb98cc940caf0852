package org.maple.practice.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One of the organisation's supervision prompts (seeded with PHE 2015's thirteen, SP-01..SP-13).
 * Admins edit the wording, order and whether it is in use; a new session copies the active prompts,
 * so editing a prompt never rewrites a past session.
 */
@Entity
@Table(name = "supervision_prompt")
@NamedQuery(name = "SupervisionPrompt.all", query = "select p from SupervisionPrompt p order by p.position, p.code")
public class SupervisionPrompt implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 20)
    private String code;

    @Column(name = "prompt_text", nullable = false, length = 500)
    private String text;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected SupervisionPrompt() {
    }

    public SupervisionPrompt(String code, String text, int position) {
        this.code = code;
        this.text = text;
        this.position = position;
    }

    public void change(String text, int position, boolean active) {
        this.text = text;
        this.position = position;
        this.active = active;
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
