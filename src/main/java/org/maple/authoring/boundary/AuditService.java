package org.maple.authoring.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.authoring.boundary.AuthoringRecords.AuditRow;
import org.maple.authoring.control.AuthoringRepository;
import org.maple.authoring.control.LanguageHints;
import org.maple.authoring.entity.LanguageHint;
import org.maple.identity.entity.Roles;
import org.maple.platform.error.ConflictException;
import org.maple.platform.error.InvalidInputException;

/** The authoring audit trail and the language-hint list. Role: trainer, admin. */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class AuditService {

    @Inject
    AuthoringRepository repo;

    @Inject
    DraftSupport support;

    /** Use case: the latest authoring actions, of one course or all (at most 500). */
    public List<AuditRow> audit(String course, int max) {
        if (course != null && !course.isBlank()) {
            DraftSupport.checkCode(course);
        }
        return repo.audit(course == null || course.isBlank() ? null : course, Math.max(1, Math.min(max, 500))).stream()
                .map(a -> new AuditRow(a.getAt(), a.getActor(), a.getAction(), a.getCourseCode(), a.getItem(),
                        a.getVersionNo(), a.getDetail())).toList();
    }

    /** Use case: the terms MAPLE flags (built-in and added), with suggestions. */
    public List<LanguageHints.Term> hintTerms() {
        return support.hints().terms();
    }

    /** Use case: check a text for stigmatising terms (non-blocking hints). */
    public List<LanguageHints.Hint> checkLanguage(String text) {
        if (text != null && text.length() > 512 * 1024) {
            throw new InvalidInputException("Check at most 512 KiB at a time.");
        }
        return support.hints().check(text);
    }

    /** Use case: a trainer adds a term to the list. */
    public LanguageHints.Term addHint(String term, String suggestion) {
        if (term == null || term.isBlank() || term.length() > 100 || suggestion == null || suggestion.isBlank()
                || suggestion.length() > 500) {
            throw new InvalidInputException("Give the term (up to 100 characters) and a person-first suggestion (up to 500).");
        }
        String t = term.strip().toLowerCase(java.util.Locale.ROOT);
        if (LanguageHints.builtIn().stream().anyMatch(h -> h.term().strip().toLowerCase(java.util.Locale.ROOT).equals(t))) {
            throw new ConflictException("'" + t + "' is already on the built-in list.");
        }
        if (repo.hints().stream().anyMatch(h -> h.getTerm().equals(t))) {
            throw new ConflictException("'" + t + "' is already on the list.");
        }
        repo.persist(new LanguageHint(t, suggestion.strip(), support.actor(), support.now()));
        return new LanguageHints.Term(t, suggestion.strip());
    }
}
