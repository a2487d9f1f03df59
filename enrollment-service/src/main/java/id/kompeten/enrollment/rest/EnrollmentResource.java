package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.domain.EnrollmentStatus;
import id.kompeten.enrollment.service.EnrollmentService;
import id.kompeten.platform.api.EnumParameter;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.api.VersionedResponses;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Enrollments: request, the supervisor's decision, withdrawal, reads. Which records a caller reaches is
 * EnrollmentAccess's (own, subordinates', own unit's).
 */
@Path("/api/v1/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollments", description = "A participant's place in a session: requested by them or nominated by"
        + " their unit admin, approved or rejected by their direct supervisor, then CONFIRMED (a seat) or WAITLISTED")
public class EnrollmentResource {

    private static final String ID = "The enrollment id";
    private static final String ID_EXAMPLE = "5b0c2f8e-8a51-4c4e-9d7a-3e2f1c0b9a87";
    private static final String CONFLICT = "The session does not take enrollments (not OPEN or FULL, outside its"
            + " enrollment window, course archived), the person has an active enrollment in it or a confirmed one on"
            + " one of its days, the transition is not possible in the current status, or the catalogue is not yet"
            + " synchronised (retry after Retry-After)";

    private final EnrollmentService service;

    EnrollmentResource(EnrollmentService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_ADMIN, Roles.PARTICIPANT})
    @Operation(operationId = "requestEnrollment", summary = "Request a seat in a session",
            description = "A PARTICIPANT requests for themselves; a UNIT_ADMIN nominates a person of their unit; ADMIN"
            + " anyone (403 otherwise). The enrollment is REQUESTED until the participant's direct supervisor decides."
            + " Deactivated participants are refused.")
    @APIResponse(responseCode = "201", description = "Requested",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "409", description = CONFLICT,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response request(@Valid @NotNull EnrollmentRequest request, @Context UriInfo uri) {
        EnrollmentView view = EnrollmentView.of(service.request(request.nip().trim(), request.sessionId().trim()));
        return VersionedResponses.created(uri.getAbsolutePathBuilder().path(view.id()).build(), view);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.UNIT_ADMIN, Roles.SUPERVISOR, Roles.PARTICIPANT})
    @Operation(operationId = "listEnrollments", summary = "List enrollments",
            description = "ADMIN and INTEGRATION list all; a UNIT_ADMIN their unit's (403 for another unit); a"
            + " SUPERVISOR their direct subordinates' and their own; a PARTICIPANT their own. Paged; sortable by"
            + " requestedAt (default), updatedAt, status, nip.")
    @APIResponse(responseCode = "200", description = "A page of enrollments")
    public PageResponse<EnrollmentView> list(@Valid @BeanParam PageRequest page,
            @QueryParam("nip") @Size(max = Texts.NUMBER_MAX) @Parameter(description = "Only this person's",
                    example = "198703122010011004") String nip,
            @QueryParam("sessionId") @Size(max = 36) @Parameter(description = "Only this session's",
                    example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String sessionId,
            @QueryParam("status") @Parameter(description = "Only in this status",
                    schema = @Schema(implementation = EnrollmentStatus.class)) String status,
            @QueryParam("unit") @Pattern(regexp = Texts.CODE) @Parameter(description = "Only this unit's",
                    example = "DISDUKCAPIL-SIBOLGA") String unit) {
        EnrollmentStatus wanted = status == null ? null : EnumParameter.parse(EnrollmentStatus.class, status, "status");
        return service.list(new EnrollmentService.Filter(nip, sessionId, wanted, unit), page).map(EnrollmentView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.UNIT_ADMIN, Roles.SUPERVISOR, Roles.PARTICIPANT})
    @Operation(operationId = "getEnrollment", summary = "Get one enrollment",
            description = "404 for an enrollment the caller may not see. The ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The enrollment",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    public Response get(@PathParam("id") @Parameter(description = ID, example = ID_EXAMPLE) String id) {
        return VersionedResponses.ok(EnrollmentView.of(service.get(id)));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "approveEnrollment", summary = "Approve a requested enrollment",
            description = "Requires If-Match. Only the participant's direct supervisor (their recorded supervisor NIP)"
            + " or ADMIN (403 otherwise). A free seat makes it CONFIRMED, otherwise WAITLISTED; seats are exact under"
            + " any concurrency.")
    @APIResponse(responseCode = "200", description = "CONFIRMED or WAITLISTED",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "409", description = CONFLICT,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response approve(@PathParam("id") @Parameter(description = ID, example = ID_EXAMPLE) String id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch) {
        return VersionedResponses.ok(EnrollmentView.of(service.approve(id, VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "rejectEnrollment", summary = "Reject an enrollment with a reason",
            description = "Requires If-Match. Only the participant's direct supervisor or ADMIN. Possible while"
            + " REQUESTED, CONFIRMED or WAITLISTED; a seat it held goes to the next on the waitlist.")
    @APIResponse(responseCode = "200", description = "REJECTED",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "409", description = CONFLICT,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response reject(@PathParam("id") @Parameter(description = ID, example = ID_EXAMPLE) String id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch,
            @Valid @NotNull ReasonRequest request) {
        return VersionedResponses.ok(EnrollmentView.of(
                service.reject(id, request.reason().trim(), VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.WILDCARD) // the body is optional
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_ADMIN, Roles.SUPERVISOR, Roles.PARTICIPANT})
    @Operation(operationId = "withdrawEnrollment", summary = "Withdraw from a session",
            description = "Requires If-Match. The participant themselves, their unit's UNIT_ADMIN or ADMIN, before the"
            + " session's outcome (409 once COMPLETED or FAILED). A seat it held goes to the next on the waitlist.")
    @APIResponse(responseCode = "200", description = "WITHDRAWN",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "409", description = CONFLICT,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response withdraw(@PathParam("id") @Parameter(description = ID, example = ID_EXAMPLE) String id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch,
            @Valid WithdrawalRequest request) {
        String reason = request == null || request.reason() == null || request.reason().isBlank() ? null
                : request.reason().trim();
        return VersionedResponses.ok(EnrollmentView.of(
                service.withdraw(id, reason, VersionPrecondition.fromIfMatch(ifMatch))));
    }
}
