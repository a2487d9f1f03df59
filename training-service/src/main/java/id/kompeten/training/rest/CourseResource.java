package id.kompeten.training.rest;

import id.kompeten.platform.api.Created;
import id.kompeten.platform.api.IdempotencyKeys;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.api.VersionedResponses;
import id.kompeten.platform.security.Roles;
import id.kompeten.training.service.CourseDetails;
import id.kompeten.training.service.CourseService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Courses", description = "The training catalogue (pelatihan): what a course teaches, which competencies it"
        + " develops to which level, how, by whom, for how many JP; lifecycle DRAFT → PUBLISHED → ARCHIVED")
public class CourseResource {

    static final String CREATE_EXAMPLE = """
            {
              "code": "KOMPUB-2027",
              "title": "Komunikasi Publik",
              "description": "Public communication for front-line ASN, with a presentation simulation.",
              "objectives": ["Explain a service procedure clearly to citizens", "Handle a complaint calmly"],
              "competencies": [{"code": "KOMUNIKASI-PUBLIK", "level": 3}],
              "methods": ["LECTURE", "GROUP_DISCUSSION", "SIMULATION"],
              "deliveryMode": "CLASSROOM",
              "jp": 24,
              "providerId": "6f1c2a7e-3b9d-4c55-9a51-0d2b8e7f4c11",
              "passRules": {"minAttendancePercent": 80, "minPostTestScore": 70},
              "targetAudience": {"positionCodes": ["PENGADMINISTRASI-LAYANAN"],
                                 "description": "Front-line staff of service units"}
            }""";

    private static final String UPDATE_EXAMPLE = """
            {
              "title": "Komunikasi Publik",
              "description": "Public communication for front-line ASN, with a presentation simulation.",
              "objectives": ["Explain a service procedure clearly to citizens", "Handle a complaint calmly",
                             "Present a service change at a public meeting"],
              "competencies": [{"code": "KOMUNIKASI-PUBLIK", "level": 3}, {"code": "PELAYANAN-PRIMA", "level": 2}],
              "methods": ["LECTURE", "GROUP_DISCUSSION", "SIMULATION"],
              "deliveryMode": "BLENDED",
              "jp": 24,
              "providerId": "6f1c2a7e-3b9d-4c55-9a51-0d2b8e7f4c11",
              "passRules": {"minAttendancePercent": 80, "minPostTestScore": 75},
              "targetAudience": {"positionCodes": ["PENGADMINISTRASI-LAYANAN"],
                                 "description": "Front-line staff of service units"}
            }""";

    private static final String PROBLEM_JSON = "application/problem+json";

    private final CourseService service;

    CourseResource(CourseService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchCourses",
            summary = "Search courses", description = "Public. Filters combine (all must hold). With q, ordered by"
            + " relevance unless sort is given; otherwise by title. Sortable by title, code, jp, publishedAt, updatedAt."
            + " Only PUBLISHED courses unless status is given; DRAFT and ARCHIVED only for CATALOG_MANAGER and ADMIN.")
    @APIResponse(responseCode = "200", description = "A page of courses")
    @APIResponse(responseCode = "401", description = "status DRAFT or ARCHIVED asked without a token",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "status DRAFT or ARCHIVED asked without the CATALOG_MANAGER or"
            + " ADMIN role", content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public PageResponse<CourseView> search(@Valid @BeanParam CourseSearchParameters filter,
            @Valid @BeanParam PageRequest page) {
        return service.search(filter.toFilter(), page).map(CourseView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCourse",
            summary = "Get one course", description = "Public, but a DRAFT course is found only by CATALOG_MANAGER"
            + " and ADMIN. The ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The course",
            headers = @Header(name = "ETag", description = "Current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CourseView.class)))
    public Response get(@PathParam("id") @Parameter(description = "Course id",
            example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String id) {
        return VersionedResponses.ok(CourseView.of(service.get(id)));
    }

    @POST
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "createCourse",
            summary = "Create a course", description = "Creates a DRAFT; drafts are not announced (publish it with"
            + " POST /courses/{id}/publish). The competencies must exist, be active and be listed once; the provider must"
            + " exist and be active; objectives are one line each. Send an Idempotency-Key to make retries safe: the"
            + " same key and body return the first response; the same key with another body is 422.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CourseRequest.class),
            examples = @ExampleObject(name = "classroom", summary = "A 24-JP classroom course run by a university",
                    value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created (DRAFT)",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = CourseView.class)))
    @APIResponse(responseCode = "409", description = "The code is already taken",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response create(@Valid @NotNull CourseRequest request,
            @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = "Makes the create safe to retry; up to 100"
                    + " visible ASCII characters, e.g. a UUID") String idempotencyKey,
            @Context UriInfo uri) {
        Created<CourseDetails> created = service.create(request, idempotencyKey);
        return VersionedResponses.created(uri.getAbsolutePathBuilder().path(created.id()).build(),
                CourseView.of(created.body()));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "updateCourse",
            summary = "Change a course", description = "Requires If-Match with the current ETag. Replaces every"
            + " editable field (the code never changes), checked like a create. A competency or provider the course"
            + " already has may stay after being deactivated; new ones must be active. Publishes CourseUpdated when a"
            + " PUBLISHED course changed; drafts are not announced, and a body that changes nothing changes nothing.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CourseUpdateRequest.class),
            examples = @ExampleObject(name = "blended", summary = "Moves the course to blended delivery and adds a"
                    + " competency", value = UPDATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The changed course",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CourseView.class)))
    @APIResponse(responseCode = "409", description = "The course is archived; or jp changes while the course has"
            + " active sessions (their schedules add up to the JP); or a published course would lose its last"
            + " competency or move to a provider that is not active and accredited today",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") @Parameter(description = "Course id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch,
            @Valid @NotNull CourseUpdateRequest request) {
        return VersionedResponses.ok(CourseView.of(
                service.update(id, request, VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.WILDCARD) // no body: any or no Content-Type will do
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "publishCourse",
            summary = "Publish a course", description = "Requires If-Match with the current ETag. DRAFT → PUBLISHED:"
            + " sessions can then be scheduled and people enroll. Needs at least one competency, all still active, and"
            + " a provider that is active and accredited today (the agency's calendar, kompeten.agency.zone). Publishes CoursePublished.")
    @APIResponse(responseCode = "200", description = "The published course",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CourseView.class)))
    @APIResponse(responseCode = "409", description = "The course is not a DRAFT, develops no competency or a"
            + " deactivated one, or its provider is deactivated or not accredited today",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response publish(@PathParam("id") @Parameter(description = "Course id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch) {
        return VersionedResponses.ok(CourseView.of(service.publish(id, VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{id}/archive")
    @Consumes(MediaType.WILDCARD) // no body: any or no Content-Type will do
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "archiveCourse",
            summary = "Archive a course", description = "Requires If-Match with the current ETag. DRAFT or PUBLISHED"
            + " → ARCHIVED: no new sessions, running ones finish, and the course can no longer change. Publishes"
            + " CourseArchived when the course had been published; archiving a draft announces nothing.")
    @APIResponse(responseCode = "200", description = "The archived course",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CourseView.class)))
    @APIResponse(responseCode = "409", description = "The course is already archived",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response archive(@PathParam("id") @Parameter(description = "Course id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch) {
        return VersionedResponses.ok(CourseView.of(service.archive(id, VersionPrecondition.fromIfMatch(ifMatch))));
    }

}
