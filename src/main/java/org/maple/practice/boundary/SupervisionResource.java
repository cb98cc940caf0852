package org.maple.practice.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.maple.practice.boundary.PracticeRecords.PromptView;
import org.maple.practice.boundary.PracticeRecords.SupervisionForm;
import org.maple.practice.boundary.PracticeRecords.SupervisionRecord;
import org.maple.practice.boundary.PracticeRecords.Suggestion;
import org.maple.practice.boundary.PracticeRecords.Supervisee;

/** {@code /api/supervision}: sessions (mine; recording, acknowledging, reopening), supervisees, prompts, agenda suggestions. */
@Path("supervision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    /** A comment or reason sent with an acknowledgement or a reopening. */
    public record Note(String text) implements java.io.Serializable {
    }

    @Inject
    SupervisionService service;

    @Inject
    SupervisionPromptService prompts;

    @GET
    @Operation(summary = "My supervision sessions (as the member of staff supervised)")
    public List<SupervisionRecord> mine() {
        return service.mine();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One session (supervisee, supervisor or the supervisee's team manager)")
    public SupervisionRecord one(@PathParam("id") long id) {
        return service.one(id);
    }

    @POST
    @Operation(summary = "Record a session with a member of my team (manager)")
    public Response record(SupervisionForm form) {
        return Response.status(Response.Status.CREATED).entity(service.record(form)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a session I recorded while it is open (supervisor)")
    public SupervisionRecord edit(@PathParam("id") long id, SupervisionForm form) {
        return service.edit(id, form);
    }

    @POST
    @Path("{id}/acknowledge")
    @Operation(summary = "Acknowledge a session's record (the member of staff supervised)")
    public SupervisionRecord acknowledge(@PathParam("id") long id, Note note) {
        return service.acknowledge(id, note == null ? null : note.text());
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Reopen an acknowledged session, with a reason (the supervisor only)")
    public SupervisionRecord reopen(@PathParam("id") long id, Note note) {
        return service.reopen(id, note == null ? null : note.text());
    }

    @GET
    @Path("agenda/{person}")
    @Operation(summary = "Agenda items MAPLE suggests for a member of my team")
    public List<Suggestion> agenda(@PathParam("person") long person) {
        return service.suggestions(person);
    }

    @GET
    @Path("supervisees")
    @Operation(summary = "Members of the teams I manage, whom I may supervise (manager)")
    public List<Supervisee> supervisees() {
        return service.supervisees();
    }

    @GET
    @Path("supervisees/{person}/sessions")
    @Operation(summary = "The sessions of a member of a team I manage (manager)")
    public List<SupervisionRecord> sessionsOf(@PathParam("person") long person) {
        return service.sessionsOf(person);
    }

    @GET
    @Path("prompts")
    @Operation(summary = "The organisation's supervision prompts (managers, admins)")
    public List<PromptView> prompts() {
        return prompts.prompts();
    }

    @PUT
    @Path("prompts/{code}")
    @Operation(summary = "Change or add a supervision prompt (admin)")
    public PromptView prompt(@PathParam("code") String code, PromptView form) {
        if (form == null) {
            return prompts.save(null);
        }
        return prompts.save(new PromptView(code, form.text(), form.position(), form.active()));
    }
}
