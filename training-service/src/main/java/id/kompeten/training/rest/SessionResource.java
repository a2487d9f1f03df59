package id.kompeten.training.rest;

import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.api.VersionedResponses;
import id.kompeten.platform.security.Roles;
import id.kompeten.training.service.SessionService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sessions (angkatan): the catalogue search, one session, its plan and its lifecycle. They are scheduled under their
 * course ({@link CourseSessionsResource}). Start and complete are explicit calls for now; a scheduler could make the
 * RUNNING and COMPLETED transitions by date later.
 */
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Scheduled runs (angkatan) of published courses: dates, place, capacity,"
        + " enrollment window and lifecycle DRAFT → OPEN ⇄ FULL → RUNNING → COMPLETED, or CANCELLED")
public class SessionResource {

    private final SessionService service;

    SessionResource(SessionService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchSessions",
            summary = "Search sessions", description = "Public. Filters combine (all must hold). Paged; sorted by"
            + " startDate (default), endDate, code or capacity. Without status, every status but DRAFT is listed, and"
            + " DRAFT too for CATALOG_MANAGER and ADMIN; asking for DRAFT without one of those roles is 401/403.")
    @APIResponse(responseCode = "200", description = "A page of sessions")
    @APIResponse(responseCode = "401", description = "status=DRAFT asked without a token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "status=DRAFT asked without the CATALOG_MANAGER or ADMIN role",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public PageResponse<SessionView> search(@Valid @BeanParam SessionSearchParameters filter,
            @Valid @BeanParam PageRequest page) {
        return service.search(filter.toFilter(), page).map(SessionView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSession",
            summary = "Get one session", description = "Public, but a DRAFT session is found only by CATALOG_MANAGER"
            + " and ADMIN. The ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The session",
            headers = @Header(name = "ETag", description = "Current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response get(@PathParam("id") @Parameter(description = "Session id",
            example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String id) {
        return VersionedResponses.ok(SessionView.of(service.get(id)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "updateSession",
            summary = "Change a session's plan", description = "Requires If-Match with the current ETag. Replaces"
            + " dates, schedule, region, place, capacity, enrollment window and trainers (the code stays), checked by"
            + " the same rules as scheduling; capacity cannot drop below the seats taken. Publishes SessionUpdated when"
            + " something changed. A completed or cancelled session cannot change (409).")
    @APIResponse(responseCode = "200", description = "The changed session",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "409", description = "The session is completed or cancelled",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") @Parameter(description = "Session id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch,
            @Valid @NotNull SessionUpdateRequest request) {
        return VersionedResponses.ok(SessionView.of(
                service.update(id, request.toPlan(), VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{id}/open")
    @Consumes(MediaType.WILDCARD) // no body: any or no Content-Type will do
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "openSession",
            summary = "Open a session for enrollment", description = "Requires If-Match with the current ETag."
            + " DRAFT → OPEN (FULL when no seat is free); the course must still be published. Publishes SessionOpened.")
    @APIResponse(responseCode = "200", description = "The opened session",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "409", description = "The session is not DRAFT, or its course is no longer published",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response open(@PathParam("id") @Parameter(description = "Session id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch) {
        return VersionedResponses.ok(SessionView.of(service.open(id, VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{id}/start")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "startSession",
            summary = "Start a session", description = "Requires If-Match with the current ETag. OPEN or FULL →"
            + " RUNNING, when the first day has come. Publishes SessionUpdated. An explicit call for now; a scheduler"
            + " could make this transition by date later.")
    @APIResponse(responseCode = "200", description = "The running session",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "409", description = "The session is not OPEN or FULL",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response start(@PathParam("id") @Parameter(description = "Session id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch) {
        return VersionedResponses.ok(SessionView.of(service.start(id, VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "completeSession",
            summary = "Complete a session", description = "Requires If-Match with the current ETag. RUNNING →"
            + " COMPLETED; publishes SessionCompleted, on which enrollment decides completion for each participant. An"
            + " explicit call for now; a scheduler could make this transition after the last day later.")
    @APIResponse(responseCode = "200", description = "The completed session",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "409", description = "The session is not RUNNING",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response complete(@PathParam("id") @Parameter(description = "Session id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch) {
        return VersionedResponses.ok(SessionView.of(service.complete(id, VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "cancelSession",
            summary = "Cancel a session", description = "Requires If-Match with the current ETag. Any state before"
            + " COMPLETED → CANCELLED, with the reason participants will be told. Publishes SessionCancelled.")
    @APIResponse(responseCode = "200", description = "The cancelled session",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "409", description = "The session is already completed or cancelled",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response cancel(@PathParam("id") @Parameter(description = "Session id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch,
            @Valid @NotNull SessionCancelRequest request) {
        return VersionedResponses.ok(SessionView.of(
                service.cancel(id, request.cleanReason(), VersionPrecondition.fromIfMatch(ifMatch))));
    }
}
