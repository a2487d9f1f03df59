package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.service.EnrollmentBulkService;
import id.kompeten.enrollment.service.EnrollmentService;
import id.kompeten.platform.i18n.Languages;
import id.kompeten.platform.i18n.Messages;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/** A session's enrollments as a whole: bulk nomination, its seat count and its waitlist order. */
@Path("/api/v1/sessions/{sessionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollments")
public class SessionEnrollmentResource {

    private static final String SESSION = "The catalogue's session id";
    private static final String SESSION_EXAMPLE = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21";

    private final EnrollmentService service;
    private final EnrollmentBulkService bulk;

    SessionEnrollmentResource(EnrollmentService service, EnrollmentBulkService bulk) {
        this.service = service;
        this.bulk = bulk;
    }

    @POST
    @Path("enrollments:bulk")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_ADMIN})
    @Operation(operationId = "nominateEnrollments", summary = "Nominate many people for a session",
            description = "A UNIT_ADMIN nominates people of their unit (ADMIN anyone). Each person is a request of its"
            + " own under the same rules as POST /enrollments, committed or refused on its own; the report gives each"
            + " row's outcome: CREATED with the enrollment, or FAILED with the problem's status, type and detail"
            + " (in Accept-Language). The whole request fails only for a malformed body or too many people.")
    @APIResponse(responseCode = "200", description = "One row per person, in the order sent",
            content = @Content(schema = @Schema(implementation = EnrollmentBulkService.Report.class)))
    public EnrollmentBulkService.Report nominate(
            @PathParam("sessionId") @Parameter(description = SESSION, example = SESSION_EXAMPLE) String sessionId,
            @Valid @NotNull BulkNominationRequest request,
            @HeaderParam("Accept-Language") @Parameter(description = "Language of the rows' details (en, id)")
            String acceptLanguage) {
        Messages messages = Messages.forLocale(Languages.fromAcceptLanguage(acceptLanguage));
        return bulk.nominate(sessionId, request.nips(), messages);
    }

    @GET
    @Path("seats")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.CATALOG_MANAGER, Roles.UNIT_ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getSessionSeats", summary = "The session's seat count and waitlist policy",
            description = "Confirmed and waitlisted enrollments against the capacity enrollment counts with (the"
            + " catalogue's, as last replicated). 409 if the catalogue has not reached this service yet.")
    @APIResponse(responseCode = "200", description = "The seat count",
            content = @Content(schema = @Schema(implementation = SeatsView.class)))
    public SeatsView seats(
            @PathParam("sessionId") @Parameter(description = SESSION, example = SESSION_EXAMPLE) String sessionId) {
        return SeatsView.of(service.seatsOf(sessionId));
    }

    @PUT
    @Path("waitlist-policy")
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER})
    @Operation(operationId = "setWaitlistPolicy", summary = "Choose the order of the session's waitlist",
            description = "FIRST_COME_FIRST_SERVED (default) or JP_DEFICIT_PRIORITY (furthest below the yearly JP"
            + " minimum in the session's year first, ties by request time). Applies to the next promotions.")
    @APIResponse(responseCode = "200", description = "The seat count with the new policy",
            content = @Content(schema = @Schema(implementation = SeatsView.class)))
    public SeatsView setWaitlistPolicy(
            @PathParam("sessionId") @Parameter(description = SESSION, example = SESSION_EXAMPLE) String sessionId,
            @Valid @NotNull WaitlistPolicyRequest request) {
        return SeatsView.of(service.changeWaitlistPolicy(sessionId, request.policy()));
    }
}
