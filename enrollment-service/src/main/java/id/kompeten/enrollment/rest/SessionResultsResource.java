package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.service.CompletionService;
import id.kompeten.enrollment.service.SessionResultsService;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A session's results: attendance, scores and the close that decides every confirmed participant. Those who run
 * sessions (CATALOG_MANAGER) and ADMIN record and close; readers see the rows AccessPolicy gives them.
 */
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Session results", description = "Attendance per session day, PRE/POST scores and the session's close,"
        + " which completes or fails every confirmed participant")
public class SessionResultsResource {

    private static final String SESSION = "The catalogue's session id";
    private static final String SESSION_EXAMPLE = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21";

    private final SessionResultsService results;
    private final CompletionService completion;

    SessionResultsResource(SessionResultsService results, CompletionService completion) {
        this.results = results;
        this.completion = completion;
    }

    @GET
    @Path("{sessionId}/results")
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.INTEGRATION, Roles.UNIT_ADMIN, Roles.SUPERVISOR,
        Roles.PARTICIPANT})
    @Operation(operationId = "getSessionResults", summary = "Get a session's attendance sheet and scores",
            description = "Every confirmed or decided participant with their recorded days, scores and, once decided,"
            + " the outcome. ADMIN, CATALOG_MANAGER and INTEGRATION see everyone; a UNIT_ADMIN the participants of"
            + " their unit, a SUPERVISOR their direct subordinates, a PARTICIPANT themselves.")
    @APIResponse(responseCode = "200", description = "The sheet",
            content = @Content(schema = @Schema(implementation = SessionResultsView.class)))
    public SessionResultsView get(@PathParam("sessionId") @Size(max = 36)
            @Parameter(description = SESSION, example = SESSION_EXAMPLE) String sessionId) {
        return SessionResultsView.of(results.results(sessionId));
    }

    @PUT
    @Path("{sessionId}/attendance")
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER})
    @Operation(operationId = "updateAttendance", summary = "Record attendance of many participants",
            description = "Sets PRESENT, ABSENT or EXCUSED per participant and day; days not given stay as recorded,"
            + " and a day given again is corrected. Only participants with a CONFIRMED enrollment, only the session's"
            + " days, only until the session is closed (409). A faulty entry makes the whole request a 400 naming"
            + " every faulty entry; nothing is written then. Publishes one AttendanceRecorded per participant whose"
            + " record changed. Answers with the sheet.")
    @APIResponse(responseCode = "200", description = "The sheet after the change",
            content = @Content(schema = @Schema(implementation = SessionResultsView.class)))
    @APIResponse(responseCode = "409", description = "The session is closed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public SessionResultsView recordAttendance(@PathParam("sessionId") @Size(max = 36)
            @Parameter(description = SESSION, example = SESSION_EXAMPLE) String sessionId,
            @Valid @NotNull AttendanceRequest request) {
        return SessionResultsView.of(results.recordAttendance(sessionId, request.toEntries()));
    }

    @PUT
    @Path("{sessionId}/assessments")
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER})
    @Operation(operationId = "updateAssessments", summary = "Record PRE and POST scores of many participants",
            description = "Sets whole-point scores 0-100 per participant and assessment (PRE, POST); scores not given"
            + " stay, a score given again is corrected. Only participants with a CONFIRMED enrollment, only until the"
            + " session is closed (409). A faulty entry makes the whole request a 400; nothing is written then.")
    @APIResponse(responseCode = "200", description = "The sheet after the change",
            content = @Content(schema = @Schema(implementation = SessionResultsView.class)))
    @APIResponse(responseCode = "409", description = "The session is closed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public SessionResultsView recordScores(@PathParam("sessionId") @Size(max = 36)
            @Parameter(description = SESSION, example = SESSION_EXAMPLE) String sessionId,
            @Valid @NotNull ScoresRequest request) {
        return SessionResultsView.of(results.recordScores(sessionId, request.toEntries()));
    }

    @POST
    @Path("{sessionId}/close")
    @Consumes(MediaType.WILDCARD) // no body: any or no Content-Type will do
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER})
    @Operation(operationId = "closeSession", summary = "Close a session and decide its participants",
            description = "From the session's last day on (agency's zone): every CONFIRMED participant is COMPLETED"
            + " when present on at least the course's minimum share of days (default 80 %) and the POST score is at"
            + " least its pass score (default 70), otherwise FAILED with every shortfall. A completion gets a"
            + " certificate number. Publishes one CourseCompleted or CourseFailed per participant. Safe to retry: a"
            + " closed session answers with its close's decisions (closedNow false) and nothing changes or is"
            + " published again. Attendance and scores are then final. 409 for a cancelled session or before its last"
            + " day.")
    @APIResponse(responseCode = "200", description = "The close's decisions",
            content = @Content(schema = @Schema(implementation = SessionClosedView.class)))
    @APIResponse(responseCode = "409", description = "Cancelled, not yet over, or the catalogue copy lacks the course",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public SessionClosedView close(@PathParam("sessionId") @Size(max = 36)
            @Parameter(description = SESSION, example = SESSION_EXAMPLE) String sessionId) {
        return SessionClosedView.of(completion.close(sessionId));
    }
}
