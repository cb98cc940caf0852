package org.maple.authoring.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.authoring.boundary.AuthoringRecords.BankDraft;
import org.maple.authoring.boundary.AuthoringRecords.DraftDetail;
import org.maple.authoring.boundary.AuthoringRecords.FileInfo;
import org.maple.authoring.boundary.AuthoringRecords.FileSave;
import org.maple.authoring.boundary.AuthoringRecords.Hint;
import org.maple.authoring.boundary.AuthoringRecords.ImportReport;
import org.maple.authoring.boundary.AuthoringRecords.Problem;
import org.maple.authoring.boundary.DraftService;
import org.maple.authoring.boundary.TransferService;
import org.maple.authoring.control.DraftPaths;
import org.maple.platform.web.Pages;

/** A draft's question bank edited as its YAML text, checked by the bank loader's parser; GIFT import. */
@Named
@ViewScoped
public class BankEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DraftService drafts;

    @Inject
    TransferService transfer;

    private String code;
    private DraftDetail draft;
    private String text;
    private Long version;
    private String gift;
    private String giftObjective;
    private String giftDanos;
    private List<Problem> giftProblems = List.of();
    private List<org.maple.quiz.entity.Question> questions = List.of();
    private List<String> regrade = List.of();

    public void load() {
        if (draft != null) {
            return;
        }
        try {
            fill(drafts.bank(code));
        } catch (RuntimeException e) {
            Pages.notFound(e);
        }
    }

    private void fill(BankDraft b) {
        draft = b.draft();
        FileInfo f = file();
        text = f == null ? "" : f.content();
        version = f == null ? null : f.version();
        questions = b.questions();
        regrade = b.regrade();
    }

    public List<org.maple.quiz.entity.Question> getQuestions() {
        return questions;
    }

    public String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    public List<String> getRegrade() {
        return regrade;
    }

    public void save() {
        try {
            BankDraft saved = drafts.saveBank(code, new FileSave(DraftPaths.bank(code), text == null ? "" : text.replace("\r\n", "\n"), version));
            Pages.info("Question bank saved to the draft.");
            fill(saved);
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void importGift() {
        try {
            ImportReport r = transfer.gift(code, gift, giftObjective,
                    giftDanos == null ? List.of() : Arrays.stream(giftDanos.split(",")).map(String::strip).toList());
            giftProblems = r.problems();
            if (!r.imported().isEmpty()) {
                Pages.info("Added " + r.imported().size() + " questions to the bank: " + String.join(", ", r.imported()) + ".");
                gift = null;
                fill(drafts.bank(code));
            } else {
                Pages.error(null, "Nothing was added: fix the GIFT problems listed below.");
            }
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    private FileInfo file() {
        return draft == null ? null : draft.files().stream().filter(f -> f.path().equals(DraftPaths.bank(code))).findFirst().orElse(null);
    }

    public List<Problem> getProblems() {
        return draft == null ? List.of() : draft.problems().stream().filter(p -> p.file().equals(DraftPaths.bank(code))).toList();
    }

    public List<Hint> getHints() {
        return draft == null ? List.of() : draft.hints().stream().filter(h -> h.file().equals(DraftPaths.bank(code))).toList();
    }

    public DraftDetail getDraft() {
        return draft;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getGift() {
        return gift;
    }

    public void setGift(String gift) {
        this.gift = gift;
    }

    public String getGiftObjective() {
        return giftObjective;
    }

    public void setGiftObjective(String giftObjective) {
        this.giftObjective = giftObjective;
    }

    public String getGiftDanos() {
        return giftDanos;
    }

    public void setGiftDanos(String giftDanos) {
        this.giftDanos = giftDanos;
    }

    public List<Problem> getGiftProblems() {
        return giftProblems;
    }
}
