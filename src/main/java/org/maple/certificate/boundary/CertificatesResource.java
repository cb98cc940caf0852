package org.maple.certificate.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.maple.certificate.boundary.CertificateRecords.AuditEntry;
import org.maple.certificate.boundary.CertificateRecords.CertificateSummary;
import org.maple.certificate.boundary.CertificateRecords.Download;
import org.maple.certificate.boundary.CertificateRecords.JobReport;
import org.maple.certificate.boundary.CertificateRecords.ReminderNotice;
import org.maple.certificate.boundary.CertificateRecords.TeamCertificates;
import org.maple.certificate.boundary.CertificateRecords.TeamChoice;
import org.maple.certificate.boundary.CertificateRecords.ZipItem;

/** {@code /api/certificates}: my certificates, downloads, a manager's team certificates, revoking, the renewal job. */
@Path("certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {

    static final String CODE = "[A-Za-z0-9 -]{12,20}";
    static final String CODE_MESSAGE = "must be a certificate code such as ABCD-EFGH-JKMN";

    @Inject
    MyCertificatesService mine;

    @Inject
    TeamCertificatesService teams;

    @Inject
    RenewalService renewal;

    @Inject
    CertificateStatusService standing;

    /** A revoke request as JSON. */
    public record RevokeRequest(String reason) implements java.io.Serializable {
    }

    @GET
    @Path("mine")
    @Operation(summary = "My certificates with status and expiry")
    public List<CertificateSummary> mine() {
        return mine.mine();
    }

    @GET
    @Path("reminders")
    @Operation(summary = "My expiry reminders (as holder or as manager)")
    public List<ReminderNotice> reminders() {
        return mine.myReminders();
    }

    @GET
    @Path("{code}/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    @Operation(summary = "A certificate as PDF (holder, their manager, admin)")
    public Response pdf(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code) {
        return file(mine.pdf(code));
    }

    @GET
    @Path("{code}/badge")
    @Produces({"application/vc+jwt", "application/problem+json"})
    @Operation(summary = "A certificate as a signed Open Badges 3.0 credential (VC-JWT)")
    public Response badge(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code) {
        return file(mine.badge(code));
    }

    @POST
    @Path("{code}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a certificate with a reason, JSON {\"reason\": …} (manager of the holder's team, admin)")
    public CertificateSummary revokeJson(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            RevokeRequest request) {
        return teams.revoke(code, request == null ? null : request.reason());
    }

    @POST
    @Path("{code}/reissue")
    @Operation(summary = "Reissue a valid certificate under the holder's current name (admin)")
    public CertificateSummary reissue(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code) {
        return teams.reissue(code);
    }

    @GET
    @Path("{code}/audit")
    @Operation(summary = "A certificate's audit trail (manager of the holder's team, admin)")
    public List<AuditEntry> audit(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code) {
        return teams.audit(code);
    }

    @GET
    @Path("teams")
    @Operation(summary = "The teams whose certificates I may see")
    public List<TeamChoice> teams() {
        return teams.myTeams();
    }

    @GET
    @Path("teams/{id}")
    @Operation(summary = "Every certificate of a team I manage")
    public TeamCertificates team(@PathParam("id") long id) {
        return teams.team(id);
    }

    @GET
    @Path("teams/{id}/zip")
    @Produces({"application/zip", "application/problem+json"})
    @Operation(summary = "A team's current certificates as one streamed ZIP of PDFs")
    public Response zip(@PathParam("id") long id) {
        List<ZipItem> items = teams.zipItems(id); // checks access before anything is streamed
        StreamingOutput body = out -> writeZip(id, items, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"team-" + id + "-certificates.zip\"").build();
    }

    @GET
    @Path("people/{id}/standing")
    @Operation(summary = "A person's certificate per course: valid or expired (the person, their manager, admin)")
    public List<CertificateStatusService.CourseCertificate> standing(@PathParam("id") long id) {
        return standing.standingOf(id);
    }

    @POST
    @Path("jobs/renewal")
    @Operation(summary = "Run the renewal and reminder job now (admin; it also runs every hour)")
    public JobReport runRenewal() {
        return renewal.runNow();
    }

    private void writeZip(long teamId, List<ZipItem> items, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(1); // PDFs are compressed already: favour speed
        for (int from = 0; from < items.size(); from += TeamCertificatesService.BATCH) {
            List<ZipItem> batch = items.subList(from, Math.min(items.size(), from + TeamCertificatesService.BATCH));
            Map<Long, byte[]> pdfs = teams.pdfs(teamId, batch.stream().map(ZipItem::certificateId).toList());
            for (ZipItem item : batch) {
                byte[] pdf = pdfs.get(item.certificateId());
                if (pdf != null) {
                    zip.putNextEntry(new ZipEntry(item.fileName()));
                    zip.write(pdf);
                    zip.closeEntry();
                }
            }
            zip.flush();
        }
        zip.finish();
        zip.flush();
    }

    static Response file(Download d) {
        return Response.ok(d.content(), d.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
