package org.maple.practice.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.maple.identity.entity.Roles;
import org.maple.platform.error.ConflictException;
import org.maple.platform.error.InvalidInputException;
import org.maple.practice.boundary.PracticeRecords.PromptView;
import org.maple.practice.control.Forms;
import org.maple.practice.control.SupervisionRepository;
import org.maple.practice.entity.SupervisionPrompt;

/**
 * The organisation's supervision prompts: read by managers (the checklist of a new session),
 * edited by admins (wording, order, in use or not, new prompts). Past sessions keep their wording.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class SupervisionPromptService {

    @Inject
    SupervisionRepository repository;

    /** Use case: the prompts, in order (all, with whether each is in use). */
    public List<PromptView> prompts() {
        return repository.prompts().stream().map(p -> new PromptView(p.getCode(), p.getText(), p.getPosition(), p.isActive())).toList();
    }

    /** Use case: save the whole list at once (all or nothing). Role: admin. */
    @RolesAllowed(Roles.ADMIN)
    public List<PromptView> saveAll(List<PromptView> forms) {
        if (forms == null || forms.size() > 100) {
            throw new InvalidInputException("Send between 0 and 100 prompts.");
        }
        return forms.stream().map(this::save).toList();
    }

    /** Use case: change or add a prompt (a new code adds one). Role: admin. */
    @RolesAllowed(Roles.ADMIN)
    public PromptView save(PromptView form) {
        if (form == null) {
            throw new InvalidInputException("Send the prompt.");
        }
        String code = Forms.required(form.code(), "Code", 20).toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{0,19}")) {
            throw new InvalidInputException("Code '" + code + "' may use only letters, digits and '-' (e.g. SP-14).");
        }
        String text = Forms.required(form.text(), "Prompt", 500);
        if (form.position() < 1 || form.position() > 999) {
            throw new InvalidInputException("Position must be between 1 and 999.");
        }
        SupervisionPrompt p = repository.prompt(code).orElse(null);
        if (p == null) {
            if (repository.prompts().size() >= 100) {
                throw new ConflictException("There are 100 prompts already.");
            }
            p = new SupervisionPrompt(code, text, form.position());
            repository.persist(p);
        }
        p.change(text, form.position(), form.active());
        return new PromptView(p.getCode(), p.getText(), p.getPosition(), p.isActive());
    }
}
