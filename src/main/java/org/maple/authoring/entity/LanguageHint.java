package org.maple.authoring.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A stigmatising term a trainer added to the built-in list, with its person-first suggestion. */
@Entity
@Table(name = "authoring_language_hint")
@NamedQuery(name = "LanguageHint.all", query = "select h from LanguageHint h order by h.term")
public class LanguageHint {

    @Id
    @SequenceGenerator(name = "maple_seq", sequenceName = "maple_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maple_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String term;

    @Column(nullable = false, length = 500)
    private String suggestion;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    protected LanguageHint() {
    }

    public LanguageHint(String term, String suggestion, String addedBy, LocalDateTime addedAt) {
        this.term = term;
        this.suggestion = suggestion;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public String getTerm() {
        return term;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }
}
