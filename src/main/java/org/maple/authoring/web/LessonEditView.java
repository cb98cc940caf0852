package org.maple.authoring.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.authoring.boundary.AuthoringRecords.DraftDetail;
import org.maple.authoring.boundary.AuthoringRecords.FileInfo;
import org.maple.authoring.boundary.AuthoringRecords.FileSave;
import org.maple.authoring.boundary.AuthoringRecords.Hint;
import org.maple.authoring.boundary.AuthoringRecords.Problem;
import org.maple.authoring.boundary.DraftService;
import org.maple.authoring.control.DraftPaths;
import org.maple.authoring.control.LessonFields;
import org.maple.authoring.control.LineDiff;
import org.maple.platform.error.ConflictException;
import org.maple.platform.web.Pages;

/**
 * A draft lesson: front-matter fields and the Markdown body with a live sanitised preview; problems
 * shown next to their field; a save that lost a race shows the other change and lets the trainer
 * keep theirs or save over it knowingly.
 */
@Named
@ViewScoped
public class LessonEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DraftService drafts;

    @Inject
    org.maple.authoring.boundary.TransferService transfer;

    private transient jakarta.servlet.http.Part image;
    private String imageName;
    private String imageAlt;
    private String imageMarkdown;

    /** Uploads an image for the course's lessons and shows the Markdown to paste into the text. */
    public void uploadImage() {
        try {
            if (image == null || image.getSize() == 0) {
                Pages.error(null, "Choose an image file.");
                return;
            }
            if (image.getSize() > org.maple.authoring.control.ImageCheck.MAX_BYTES) {
                Pages.error(null, "The image is larger than 512 KiB.");
                return;
            }
            byte[] bytes;
            try (var in = image.getInputStream()) {
                bytes = in.readAllBytes();
            }
            imageMarkdown = transfer.uploadImage(code, imageName == null ? null : imageName.strip(), imageAlt, bytes);
            Pages.info("Image uploaded. Put this line in the lesson text where it belongs: " + imageMarkdown);
        } catch (java.io.IOException e) {
            Pages.error(null, "The file could not be read.");
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public jakarta.servlet.http.Part getImage() {
        return image;
    }

    public void setImage(jakarta.servlet.http.Part image) {
        this.image = image;
    }

    public String getImageName() {
        return imageName;
    }

    public void setImageName(String imageName) {
        this.imageName = imageName;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public void setImageAlt(String imageAlt) {
        this.imageAlt = imageAlt;
    }

    public String getImageMarkdown() {
        return imageMarkdown;
    }

    private String code;
    private String key;
    private DraftDetail draft;
    private String baseContent;
    private long version;
    private String title;
    private Integer minutes;
    private String objectives;
    private String courseObjectives;
    private String danos;
    private String sources;
    private String body;
    private int bodyLead;
    private String mine;
    private List<LineDiff.Line> conflict;
    private String conflictBy;
    private Long conflictVersion;

    public void load() {
        if (draft != null) {
            return;
        }
        try {
            fill(drafts.draft(code));
        } catch (RuntimeException e) {
            Pages.notFound(e);
        }
    }

    private void fill(DraftDetail d) {
        draft = d;
        FileInfo f = file();
        if (f == null) {
            Pages.notFound(new org.maple.platform.error.ItemNotFoundException("There is no lesson '" + key + "' in the draft."));
            draft = null;
            return;
        }
        baseContent = f.content();
        version = f.version();
        LessonFields l = LessonFields.read(f.content());
        title = l.title();
        minutes = l.minutes();
        objectives = String.join("\n", l.objectives());
        courseObjectives = String.join(", ", l.courseObjectives());
        danos = String.join(", ", l.danos());
        sources = String.join("\n", l.sources());
        bodyLead = 0;
        while (bodyLead < l.body().length() && l.body().charAt(bodyLead) == '\n') {
            bodyLead++;
        }
        body = l.body().substring(bodyLead); // a textarea drops a leading newline: keep them aside
    }

    private LessonFields fields() {
        return new LessonFields(title, minutes, lines(objectives), split(courseObjectives), split(danos), lines(sources),
                "\n".repeat(bodyLead) + (body == null ? "" : body.replace("\r\n", "\n").replaceFirst("^\n+", "")));
    }

    public void save() {
        try {
            mine = fields().applyTo(baseContent, LessonFields.read(baseContent));
            DraftDetail saved = drafts.saveLessonFields(code, key, fields(), version);
            conflict = null;
            Pages.info("Lesson saved to the draft.");
            fill(saved);
        } catch (RuntimeException e) {
            if (e instanceof ConflictException) {
                showConflict();
            }
            Pages.error(e);
        }
    }

    /** Shows the saved text against mine, and remembers the version shown: "Save mine over theirs" saves against it. */
    private void showConflict() {
        DraftDetail now = drafts.draft(code);
        FileInfo theirs = now.files().stream().filter(f -> f.path().equals(path())).findFirst().orElse(null);
        conflict = theirs == null ? List.of() : LineDiff.hunks(theirs.content(), mine, 2);
        conflictBy = theirs == null ? "someone" : theirs.updatedBy() + " at " + theirs.updatedAt().withNano(0);
        conflictVersion = theirs == null ? null : theirs.version();
    }

    /** After a conflict: drop my change and show theirs. */
    public void takeTheirs() {
        conflict = null;
        draft = null;
        fill(drafts.draft(code));
        Pages.info("Showing the saved version; your change was dropped.");
    }

    /**
     * After a conflict: save my text over the change that was shown, knowingly. Saved against the
     * version shown, so a save made since then is refused (409) and shown in turn, never lost.
     */
    public void keepMine() {
        try {
            DraftDetail saved = drafts.saveFile(code, new FileSave(path(), mine, conflictVersion));
            conflict = null;
            conflictVersion = null;
            fill(saved);
            Pages.info("Your version was saved over the other change.");
        } catch (RuntimeException e) {
            if (e instanceof ConflictException) {
                showConflict();
            }
            Pages.error(e);
        }
    }

    public List<Problem> problemsFor(String field) {
        FileInfo f = file();
        if (draft == null || f == null) {
            return List.of();
        }
        return draft.problems().stream().filter(p -> p.file().equals(path()))
                .filter(p -> field.equals(LessonFields.fieldAt(f.content(), p.line()))).toList();
    }

    public List<Problem> otherProblems() {
        List<String> shown = List.of("title", "minutes", "objectives", "courseObjectives", "danos", "sources", "body");
        FileInfo f = file();
        if (draft == null || f == null) {
            return List.of();
        }
        return draft.problems().stream().filter(p -> p.file().equals(path()))
                .filter(p -> !shown.contains(LessonFields.fieldAt(f.content(), p.line()))).toList();
    }

    public List<Hint> getHints() {
        return draft == null ? List.of() : draft.hints().stream().filter(h -> h.file().equals(path())).toList();
    }

    private FileInfo file() {
        return draft == null ? null : draft.files().stream().filter(f -> f.path().equals(path())).findFirst().orElse(null);
    }

    private String path() {
        return DraftPaths.lesson(code, key == null ? "" : key);
    }

    private static List<String> split(String s) {
        return s == null ? List.of() : Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : s.lines().map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    public DraftDetail getDraft() {
        return draft;
    }

    public List<LineDiff.Line> getConflict() {
        return conflict;
    }

    public String getConflictBy() {
        return conflictBy;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getCourseObjectives() {
        return courseObjectives;
    }

    public void setCourseObjectives(String courseObjectives) {
        this.courseObjectives = courseObjectives;
    }

    public String getDanos() {
        return danos;
    }

    public void setDanos(String danos) {
        this.danos = danos;
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String sources) {
        this.sources = sources;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
