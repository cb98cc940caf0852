package org.maple.authoring.boundary;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.maple.authoring.boundary.AuthoringRecords.AuditRow;
import org.maple.authoring.boundary.AuthoringRecords.CourseRow;
import org.maple.authoring.boundary.AuthoringRecords.DraftDetail;
import org.maple.authoring.boundary.AuthoringRecords.FileSave;
import org.maple.authoring.boundary.AuthoringRecords.ImportReport;
import org.maple.authoring.boundary.AuthoringRecords.PreviewResult;
import org.maple.authoring.boundary.AuthoringRecords.Published;
import org.maple.authoring.boundary.AuthoringRecords.Saved;
import org.maple.authoring.boundary.AuthoringRecords.VersionDiff;
import org.maple.authoring.boundary.AuthoringRecords.VersionRow;
import org.maple.authoring.control.LanguageHints;
import org.maple.course.boundary.CoursesResource;
import org.maple.course.boundary.LearningRecords.LessonPage;
import org.maple.quiz.entity.GivenAnswer;

/** {@code /api/authoring}: trainers' and admins' drafts, publishing, versions, preview, files in and out, audit. */
@Path("authoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthoringResource {

    private static final String ID = CoursesResource.ID;

    /** A note for publishing or restoring. */
    public record Note(String note) {
    }

    /** A new lesson. */
    public record NewLesson(String key, String title) {
    }

    /** A GIFT import: the text and what the questions test. */
    public record GiftImport(String text, String objective, List<String> danos) {
    }

    /** A term for the language-hint list. */
    public record NewHint(String term, String suggestion) {
    }

    @Inject
    DraftService drafts;

    @Inject
    PublishService publishing;

    @Inject
    PreviewService preview;

    @Inject
    TransferService transfer;

    @Inject
    AuditService audit;

    @GET
    @Path("courses")
    @Operation(summary = "Courses with their current version and open drafts (trainer, admin)")
    public List<CourseRow> courses() {
        return drafts.courses();
    }

    @POST
    @Path("courses/{c}/draft")
    @Operation(summary = "Open the course's draft (from the published version; a new id starts a new course)")
    public DraftDetail open(@PathParam("c") @Pattern(regexp = ID) String c) {
        return drafts.open(c);
    }

    @GET
    @Path("courses/{c}/draft")
    @Operation(summary = "The draft: files with lock versions, the loaders' problems, language hints")
    public DraftDetail draft(@PathParam("c") @Pattern(regexp = ID) String c) {
        return drafts.draft(c);
    }

    @DELETE
    @Path("courses/{c}/draft")
    @Operation(summary = "Discard the draft")
    public Response discard(@PathParam("c") @Pattern(regexp = ID) String c) {
        drafts.discard(c);
        return Response.noContent().build();
    }

    @PUT
    @Path("courses/{c}/draft/file")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save one file {path, content, version}; 409 when someone saved it since that version")
    public Saved save(@PathParam("c") @Pattern(regexp = ID) String c, FileSave file) {
        return drafts.save(c, file);
    }

    @POST
    @Path("courses/{c}/draft/lessons")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a lesson {key, title}")
    public Saved addLesson(@PathParam("c") @Pattern(regexp = ID) String c, NewLesson lesson) {
        return drafts.addLesson(c, lesson == null ? null : lesson.key(), lesson == null ? null : lesson.title());
    }

    @DELETE
    @Path("courses/{c}/draft/lessons/{l}")
    @Operation(summary = "Remove a lesson")
    public DraftDetail removeLesson(@PathParam("c") @Pattern(regexp = ID) String c, @PathParam("l") @Pattern(regexp = ID) String l) {
        return drafts.removeLesson(c, l);
    }

    @PUT
    @Path("courses/{c}/draft/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put the lessons in this order (a JSON array of lesson ids)")
    public DraftDetail reorder(@PathParam("c") @Pattern(regexp = ID) String c, List<String> keys) {
        return drafts.reorder(c, keys);
    }

    @GET
    @Path("courses/{c}/draft/diff")
    @Operation(summary = "The draft against the version it was opened from")
    public VersionDiff draftDiff(@PathParam("c") @Pattern(regexp = ID) String c) {
        return publishing.draftDiff(c);
    }

    @POST
    @Path("courses/{c}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the draft as a new version {note}; 400 with every problem while the loaders refuse it")
    public Published publish(@PathParam("c") @Pattern(regexp = ID) String c, Note note) {
        return publishing.publish(c, note == null ? null : note.note());
    }

    @GET
    @Path("courses/{c}/versions")
    @Operation(summary = "Version history with notes")
    public List<VersionRow> versions(@PathParam("c") @Pattern(regexp = ID) String c) {
        return publishing.history(c);
    }

    @GET
    @Path("courses/{c}/diff")
    @Operation(summary = "Line diff between two versions, file by file")
    public VersionDiff diff(@PathParam("c") @Pattern(regexp = ID) String c, @QueryParam("from") int from, @QueryParam("to") int to) {
        return publishing.diff(c, from, to);
    }

    @POST
    @Path("courses/{c}/versions/{v}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Restore an older version as a new version {note}")
    public Published restore(@PathParam("c") @Pattern(regexp = ID) String c, @PathParam("v") int v, Note note) {
        return publishing.restore(c, v, note == null ? null : note.note());
    }

    @GET
    @Path("courses/{c}/preview/lessons/{l}")
    @Operation(summary = "A draft lesson as a learner sees it (records nothing)")
    public LessonPage previewLesson(@PathParam("c") @Pattern(regexp = ID) String c, @PathParam("l") @Pattern(regexp = ID) String l) {
        return preview.lesson(c, l);
    }

    @POST
    @Path("preview/markdown")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "Markdown rendered and sanitised exactly as lessons are (live preview)")
    public String markdown(String text) {
        return preview.render(text);
    }

    @GET
    @Path("courses/{c}/preview/quiz")
    @Operation(summary = "The draft's quiz drawn with a seed, as a learner sees it (no key; records nothing)")
    public PreviewService.PreviewPaper previewQuiz(@PathParam("c") @Pattern(regexp = ID) String c,
            @QueryParam("seed") @DefaultValue("1") long seed) {
        return preview.quiz(c, seed);
    }

    @POST
    @Path("courses/{c}/preview/quiz")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grade answers {questionId: {choice|matching|ordering|text}} in memory (records nothing)")
    public PreviewResult gradePreview(@PathParam("c") @Pattern(regexp = ID) String c,
            @QueryParam("seed") @DefaultValue("1") long seed, Map<String, GivenAnswer> answers) {
        return preview.grade(c, seed, answers == null ? Map.of() : answers);
    }

    @GET
    @Path("courses/{c}/export")
    @Produces("application/zip")
    @Operation(summary = "The current version as a ZIP of content/<course>/... and quizzes/<course>.yaml")
    public Response export(@PathParam("c") @Pattern(regexp = ID) String c) {
        return zip(transfer.export(c), c + ".zip");
    }

    @GET
    @Path("courses/{c}/draft/export")
    @Produces("application/zip")
    @Operation(summary = "The draft as a ZIP in the same layout")
    public Response exportDraft(@PathParam("c") @Pattern(regexp = ID) String c) {
        return zip(transfer.exportDraft(c), c + "-draft.zip");
    }

    @POST
    @Path("import")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "A course ZIP into the course's draft; problems with file and line")
    public ImportReport importZip(byte[] zip) {
        return transfer.importZip(zip);
    }

    @POST
    @Path("courses/{c}/draft/gift")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add GIFT questions {text, objective, danos} to the draft bank; problems with their line")
    public ImportReport gift(@PathParam("c") @Pattern(regexp = ID) String c, GiftImport gift) {
        return gift == null ? transfer.gift(c, null, null, null) : transfer.gift(c, gift.text(), gift.objective(), gift.danos());
    }

    @POST
    @Path("courses/{c}/images")
    @Consumes({"image/png", "image/jpeg", "image/gif", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    @Operation(summary = "Upload a lesson image (?name=&alt=, alt text required); gives the Markdown to use")
    public String image(@PathParam("c") @Pattern(regexp = ID) String c, @QueryParam("name") String name,
            @QueryParam("alt") String alt, byte[] bytes) {
        return transfer.uploadImage(c, name, alt, bytes);
    }

    @GET
    @Path("audit")
    @Operation(summary = "The audit trail: who created, changed, published, restored or deleted what, when, with the version")
    public List<AuditRow> audit(@QueryParam("course") String course, @QueryParam("max") @DefaultValue("200") int max) {
        return audit.audit(course, max);
    }

    @GET
    @Path("hints")
    @Operation(summary = "The stigmatising terms flagged, with person-first suggestions")
    public List<LanguageHints.Term> hints() {
        return audit.hintTerms();
    }

    @POST
    @Path("hints")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a term {term, suggestion} to the list")
    public LanguageHints.Term addHint(NewHint hint) {
        return hint == null ? audit.addHint(null, null) : audit.addHint(hint.term(), hint.suggestion());
    }

    @POST
    @Path("hints/check")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Language hints for a text (non-blocking)")
    public List<LanguageHints.Hint> checkHints(String text) {
        return audit.checkLanguage(text);
    }

    private static Response zip(byte[] bytes, String name) {
        return Response.ok(bytes, "application/zip").header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
