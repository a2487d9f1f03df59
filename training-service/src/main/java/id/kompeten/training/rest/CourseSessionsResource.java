package id.kompeten.training.rest;

import id.kompeten.platform.api.Created;
import id.kompeten.platform.api.IdempotencyKeys;
import id.kompeten.platform.api.VersionedResponses;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.security.Roles;
import id.kompeten.training.service.SessionDetails;
import id.kompeten.training.service.SessionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sessions of one course: listed here and scheduled here; each is then its own resource under /sessions. */
@Path("/api/v1/courses/{courseId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
public class CourseSessionsResource {

    static final String CREATE_EXAMPLE = """
            {
              "code": "KOMPUB-2027-SBG-01",
              "startDate": "2027-02-08",
              "endDate": "2027-02-10",
              "schedule": [
                {"date": "2027-02-08", "jp": 8, "topic": "Prinsip komunikasi publik"},
                {"date": "2027-02-09", "jp": 8, "topic": "Diskusi kasus pengaduan"},
                {"date": "2027-02-10", "jp": 8, "topic": "Simulasi presentasi"}
              ],
              "region": {"code": "12.73", "name": "Kota Sibolga"},
              "location": "Aula Kantor Wali Kota Sibolga",
              "capacity": 30,
              "enrollmentOpensOn": "2027-01-04",
              "enrollmentClosesOn": "2027-02-01",
              "trainers": [{"name": "Dr. Rina Siregar", "institution": "Universitas Sumatera Utara"}]
            }""";

    private final SessionService service;

    CourseSessionsResource(SessionService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listCourseSessions",
            summary = "List a course's sessions", description = "Public. Paged, by start date unless sorted by"
            + " startDate, endDate, code or capacity. DRAFT sessions are listed for CATALOG_MANAGER and ADMIN only.")
    @APIResponse(responseCode = "200", description = "A page of sessions")
    public PageResponse<SessionView> list(
            @PathParam("courseId") @Parameter(description = "Course id",
                    example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String courseId,
            @Valid @BeanParam PageRequest page) {
        return service.listOfCourse(courseId, page).map(SessionView::of);
    }

    @POST
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "createSession",
            summary = "Schedule a session", description = "Schedules a DRAFT session (angkatan) of a published"
            + " course; open it for enrollment with POST /sessions/{id}/open. The schedule's JP must add up to the"
            + " course's JP, its days lie within startDate..endDate, enrollment closes before the start; CLASSROOM and"
            + " BLENDED courses need a location, ONLINE and BLENDED an onlineLink. Every broken rule is reported at once"
            + " (400). Publishes SessionScheduled. Send an Idempotency-Key to make retries safe: the same key and body"
            + " return the first response; the same key with another body is 422.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SessionRequest.class),
            examples = @ExampleObject(name = "classroom", summary = "A three-day classroom session of a 24-JP course",
                    value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Scheduled (DRAFT)",
            headers = {@Header(name = "Location", description = "/api/v1/sessions/{id}",
                    schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", description = "No course with this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The course is not published, or the session code is taken",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response schedule(
            @PathParam("courseId") @Parameter(description = "Course id") String courseId,
            @Valid @NotNull SessionRequest request,
            @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = "Makes the create safe to retry; up to 100"
                    + " visible ASCII characters, e.g. a UUID") String idempotencyKey,
            @Context UriInfo uri) {
        Created<SessionDetails> created = service.schedule(courseId, request.toPlan(), idempotencyKey);
        return VersionedResponses.created(
                uri.getBaseUriBuilder().path(SessionResource.class).path(created.id()).build(),
                SessionView.of(created.body()));
    }
}
