package org.maple.authoring.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.authoring.boundary.AuthoringRecords.DraftDetail;
import org.maple.authoring.boundary.AuthoringRecords.FileInfo;
import org.maple.authoring.boundary.AuthoringRecords.Hint;
import org.maple.authoring.boundary.AuthoringRecords.Problem;
import org.maple.authoring.boundary.AuthoringRecords.Published;
import org.maple.authoring.boundary.DraftService;
import org.maple.authoring.boundary.PublishService;
import org.maple.authoring.control.CourseFields;
import org.maple.authoring.control.DraftPaths;
import org.maple.authoring.control.YamlBlocks;
import org.maple.platform.web.Pages;

/** A course's draft: descriptor fields, lesson order, the loaders' verdict, publish. */
@Named
@ViewScoped
public class DraftView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DraftService drafts;

    @Inject
    PublishService publishing;

    private String code;
    private DraftDetail draft;
    private long version;
    private String title;
    private String summary;
    private String audience;
    private Integer minutes;
    private boolean induction;
    private Integer dueDays;
    private String danos;
    private List<String> assignedTo = new ArrayList<>();
    private Integer refreshMonths;
    private String objectives;
    private String sources;
    private List<String> lessons = List.of();
    private String newKey;
    private String newTitle;
    private String note;
    private Published published;

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
        FileInfo yaml = file(DraftPaths.descriptor(code));
        if (yaml == null) {
            return;
        }
        version = yaml.version();
        CourseFields f = CourseFields.read(yaml.content());
        title = f.title();
        summary = f.summary();
        audience = f.audience();
        minutes = f.estimatedMinutes();
        induction = f.induction();
        dueDays = f.dueDays();
        assignedTo = new java.util.ArrayList<>(f.assignedTo());
        refreshMonths = f.refreshMonths();
        danos = String.join(", ", f.danos());
        objectives = String.join("\n", f.objectives().stream().map(o -> o.id() + " | " + o.text()).toList());
        sources = String.join("\n", f.sources().stream().map(s -> s.id() + " | " + s.cite() + (s.file().isEmpty() ? "" : " | " + s.file())).toList());
        lessons = d.lessonOrder();
    }

    public void saveFields() {
        try {
            CourseFields before = CourseFields.read(file(DraftPaths.descriptor(code)).content());
            CourseFields after = new CourseFields(title, summary, audience, minutes, induction, dueDays, assignedTo,
                    refreshMonths, split(danos, ","),
                    lines(objectives).stream().map(l -> {
                        String[] p = l.split("\\|", 2);
                        return new CourseFields.Objective(p[0].strip(), p.length > 1 ? p[1].strip() : "");
                    }).toList(),
                    lines(sources).stream().map(l -> {
                        String[] p = l.split("\\|", 3);
                        return new CourseFields.Source(p[0].strip(), p.length > 1 ? p[1].strip() : "", p.length > 2 ? p[2].strip() : "");
                    }).toList(), before.lessons());
            DraftDetail saved = drafts.saveCourseFields(code, after, version);
            Pages.info("Course details saved to the draft.");
            fill(saved);
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void move(String key, int by) {
        List<String> order = new ArrayList<>(lessons);
        int i = order.indexOf(key);
        int j = i + by;
        if (i < 0 || j < 0 || j >= order.size()) {
            return;
        }
        order.set(i, order.get(j));
        order.set(j, key);
        try {
            fill(drafts.reorder(code, order));
            Pages.info("Lesson order saved.");
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void addLesson() {
        try {
            drafts.addLesson(code, newKey == null ? null : newKey.strip(), newTitle);
            Pages.redirect("/trainer/authoring/lesson.xhtml?c=" + Pages.url(code) + "&l=" + Pages.url(newKey.strip()));
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void removeLesson(String key) {
        try {
            fill(drafts.removeLesson(code, key));
            Pages.info("Lesson " + key + " removed from the draft.");
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void publish() {
        try {
            published = publishing.publish(code, note);
            Pages.info("Published: " + code + " version " + published.versionNo()
                    + (published.newBankVersion() ? ", quiz version " + published.bankVersion() : "") + ".");
            if (!published.regradeQuestions().isEmpty()) {
                Pages.info("Changed questions already have attempts: " + String.join(", ", published.regradeQuestions())
                        + ". Check the regrade dry run on the history page.");
            }
            Pages.redirect("/trainer/authoring/history.xhtml?c=" + Pages.url(code)
                    + (published.regradeQuestions().isEmpty() ? "" : "&regrade=1"));
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void discard() {
        try {
            drafts.discard(code);
            Pages.info("Draft discarded.");
            Pages.redirect("/trainer/authoring/courses.xhtml");
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    /** The problems of course.yaml that belong to a field (top-level key). */
    public List<Problem> problemsFor(String key) {
        FileInfo yaml = file(DraftPaths.descriptor(code));
        if (draft == null || yaml == null) {
            return List.of();
        }
        return draft.problems().stream().filter(p -> p.file().equals(yaml.path()))
                .filter(p -> key.equals(YamlBlocks.keyAt(yaml.content(), p.line(), 1).orElse("other"))).toList();
    }

    /** The problems of course.yaml not tied to one of the form's fields. */
    public List<Problem> otherCourseProblems() {
        List<String> shown = List.of("title", "summary", "audience", "estimatedMinutes", "induction", "dueDays", "assignedTo",
                "refreshMonths", "danos",
                "objectives", "sources", "lessons");
        FileInfo yaml = file(DraftPaths.descriptor(code));
        if (draft == null || yaml == null) {
            return List.of();
        }
        return draft.problems().stream().filter(p -> p.file().equals(yaml.path()))
                .filter(p -> !shown.contains(YamlBlocks.keyAt(yaml.content(), p.line(), 1).orElse("other"))).toList();
    }

    public List<Problem> problemsOf(String path) {
        return draft == null ? List.of() : draft.problems().stream().filter(p -> p.file().equals(path)).toList();
    }

    public boolean hasErrors(String key) {
        return problemsOf(lessonPath(key)).stream().anyMatch(p -> !p.note());
    }

    public List<Hint> hintsOf(String path) {
        return draft == null ? List.of() : draft.hints().stream().filter(h -> h.file().equals(path)).toList();
    }

    public FileInfo file(String path) {
        return draft == null ? null : draft.files().stream().filter(f -> f.path().equals(path)).findFirst().orElse(null);
    }

    public String lessonPath(String key) {
        return DraftPaths.lesson(code, key);
    }

    public String getBankPath() {
        return DraftPaths.bank(code);
    }

    private static List<String> split(String s, String sep) {
        return s == null ? List.of() : Arrays.stream(s.split(sep)).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : s.lines().map(String::strip).filter(x -> !x.isEmpty()).toList();
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public boolean isInduction() {
        return induction;
    }

    public void setInduction(boolean induction) {
        this.induction = induction;
    }

    public Integer getDueDays() {
        return dueDays;
    }

    public void setDueDays(Integer dueDays) {
        this.dueDays = dueDays;
    }

    public List<String> getAssignedTo() {
        return assignedTo;
    }

    public void setAssignedTo(List<String> assignedTo) {
        this.assignedTo = assignedTo == null ? new ArrayList<>() : new ArrayList<>(assignedTo);
    }

    public Integer getRefreshMonths() {
        return refreshMonths;
    }

    public void setRefreshMonths(Integer refreshMonths) {
        this.refreshMonths = refreshMonths;
    }

    public String getDanos() {
        return danos;
    }

    public void setDanos(String danos) {
        this.danos = danos;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String sources) {
        this.sources = sources;
    }

    public List<String> getLessons() {
        return lessons;
    }

    public String getNewKey() {
        return newKey;
    }

    public void setNewKey(String newKey) {
        this.newKey = newKey;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
