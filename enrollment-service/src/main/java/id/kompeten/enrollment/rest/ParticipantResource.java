package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.service.ParticipantDetails;
import id.kompeten.enrollment.service.ParticipantRepublisher;
import id.kompeten.enrollment.service.ParticipantService;
import id.kompeten.platform.api.Created;
import id.kompeten.platform.api.IdempotencyKeys;
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
import jakarta.ws.rs.PUT;
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
 * The participant register. Every operation names its roles; which records a role reaches is ParticipantAccess's
 * (own unit, own subordinates, own record).
 */
@Path("/api/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "Civil servants (ASN) who take training: PNS identified by NIP, PPPK by"
        + " NI PPPK, with their unit, position and direct supervisor. Personal data: each caller reaches only the"
        + " records their role allows")
public class ParticipantResource {

    static final String NIP_EXAMPLE = "198703122010011004";
    private static final String NIP_PARAMETER = "NIP or NI PPPK, 18 digits";

    private final ParticipantService service;
    private final ParticipantRepublisher republisher;

    ParticipantResource(ParticipantService service, ParticipantRepublisher republisher) {
        this.service = service;
        this.republisher = republisher;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.UNIT_ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "listParticipants", summary = "List participants",
            description = "ADMIN and INTEGRATION list anyone; a UNIT_ADMIN the participants of their unit (403 for"
            + " another unit); a SUPERVISOR their direct subordinates (and themselves). Paged; sortable by name"
            + " (default), nip, unitCode, positionCode, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of participants")
    public PageResponse<ParticipantView> list(@Valid @BeanParam PageRequest page,
            @QueryParam("unit") @Pattern(regexp = Texts.CODE) @Parameter(description = "Only this unit's"
                    + " participants; a UNIT_ADMIN's own unit when absent", example = "DISDUKCAPIL-SIBOLGA")
            String unit,
            @QueryParam("supervisor") @Size(max = Texts.NUMBER_MAX) @Parameter(description = "Only the direct"
                    + " subordinates of this NIP", example = "197806302003122001") String supervisor,
            @QueryParam("active") @Pattern(regexp = "true|false") @Parameter(description = "Only active (true) or only"
                    + " deactivated (false) participants; both when absent",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String active) {
        return service.list(unit, supervisor, active == null ? null : Boolean.valueOf(active), page)
                .map(ParticipantView::of);
    }

    @GET
    @Path("{nip}")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.UNIT_ADMIN, Roles.SUPERVISOR, Roles.PARTICIPANT})
    @Operation(operationId = "getParticipant", summary = "Get one participant",
            description = "ADMIN and INTEGRATION read anyone, a UNIT_ADMIN the participants of their unit, a SUPERVISOR"
            + " their direct subordinates, everyone their own record; anyone else gets 404, whether or not the number"
            + " is registered. The ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The participant",
            headers = @Header(name = "ETag", description = "Current version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response get(@PathParam("nip") @Parameter(description = NIP_PARAMETER, example = NIP_EXAMPLE) String nip) {
        return VersionedResponses.ok(ParticipantView.of(service.get(nip)));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.UNIT_ADMIN})
    @Operation(operationId = "createParticipant", summary = "Register a participant",
            description = "A UNIT_ADMIN registers participants of their own unit only (403 otherwise). The number is"
            + " checked by the rules for its employee type (NIP for PNS, NI PPPK for PPPK) and the supervisor's as a"
            + " NIP; a 400 lists every fault of both with its reason. Send an Idempotency-Key to make retries safe: the"
            + " same key and body return the first response; the same key with another body is 422.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "409", description = "A participant with this number is already registered",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response register(@Valid @NotNull ParticipantRequest request,
            @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = "Makes the registration safe to retry; up"
                    + " to 100 visible ASCII characters, e.g. a UUID") String idempotencyKey,
            @Context UriInfo uri) {
        Created<ParticipantDetails> created = service.register(request.nip(), request.employeeType(),
                request.toDefinition(), idempotencyKey);
        return VersionedResponses.created(uri.getAbsolutePathBuilder().path(created.id()).build(),
                ParticipantView.of(created.body()));
    }

    @PUT
    @Path("{nip}")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.UNIT_ADMIN})
    @Operation(operationId = "updateParticipant", summary = "Change a participant",
            description = "Requires If-Match with the current ETag. Replaces everything but the number and employee"
            + " type. A UNIT_ADMIN changes participants of their unit only (404 for others) and cannot move them to"
            + " another unit (403); ADMIN and INTEGRATION move people between units.")
    @APIResponse(responseCode = "200", description = "The changed participant",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response update(@PathParam("nip") @Parameter(description = NIP_PARAMETER, example = NIP_EXAMPLE) String nip,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch,
            @Valid @NotNull ParticipantUpdateRequest request) {
        return VersionedResponses.ok(ParticipantView.of(
                service.update(nip, request.toDefinition(), VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @PUT
    @Path("{nip}/contact")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.UNIT_ADMIN, Roles.SUPERVISOR, Roles.PARTICIPANT})
    @Operation(operationId = "updateParticipantContact", summary = "Correct a participant's contact data",
            description = "Requires If-Match with the current ETag. Replaces email and phone, nothing else: the"
            + " participant corrects their own; ADMIN, INTEGRATION and the UNIT_ADMIN of their unit may too. A"
            + " SUPERVISOR reads but does not change a subordinate's contact data (403); anyone who may not read the"
            + " record gets 404.")
    @APIResponse(responseCode = "200", description = "The participant with the new contact data",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response correctContact(
            @PathParam("nip") @Parameter(description = NIP_PARAMETER, example = NIP_EXAMPLE) String nip,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch,
            @Valid @NotNull ContactRequest request) {
        return VersionedResponses.ok(ParticipantView.of(
                service.correctContact(nip, request.toContact(), VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{nip}/deactivate")
    @Consumes(MediaType.WILDCARD) // no body: any or no Content-Type will do
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.UNIT_ADMIN})
    @Operation(operationId = "deactivateParticipant", summary = "Deactivate a participant",
            description = "Requires If-Match with the current ETag. For someone who retired or left the agency: the"
            + " record, enrollments and certificates stay; new enrollments are refused. Deactivating an inactive"
            + " participant changes nothing. A UNIT_ADMIN deactivates participants of their unit only.")
    @APIResponse(responseCode = "200", description = "The deactivated participant",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response deactivate(
            @PathParam("nip") @Parameter(description = NIP_PARAMETER, example = NIP_EXAMPLE) String nip,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch) {
        return VersionedResponses.ok(ParticipantView.of(
                service.deactivate(nip, VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{nip}/activate")
    @Consumes(MediaType.WILDCARD) // no body: any or no Content-Type will do
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.UNIT_ADMIN})
    @Operation(operationId = "activateParticipant", summary = "Activate a participant",
            description = "Requires If-Match with the current ETag. Lets a deactivated participant enroll again;"
            + " activating an active participant changes nothing. A UNIT_ADMIN activates participants of their unit"
            + " only.")
    @APIResponse(responseCode = "200", description = "The active participant",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response activate(
            @PathParam("nip") @Parameter(description = NIP_PARAMETER, example = NIP_EXAMPLE) String nip,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch) {
        return VersionedResponses.ok(ParticipantView.of(
                service.activate(nip, VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("republish")
    @Consumes(MediaType.WILDCARD) // no body: any or no Content-Type will do
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "republishParticipants", summary = "Republish the participant register",
            description = "ADMIN. Publishes every participant, active or not, again on enrollment.participants as a"
            + " ParticipantChanged with their current snapshot (unchanged data, a new event id): for participants"
            + " registered before the register was published, or after the topic was lost. Runs in batches, each its"
            + " own transaction, and answers when all are written to the outbox (the relay ships them shortly"
            + " after). Consumers keep the newest version, so running it again is harmless; after a failure, run it"
            + " again.")
    @APIResponse(responseCode = "200", description = "How many participants were published",
            content = @Content(schema = @Schema(implementation = ParticipantsRepublishedView.class)))
    public ParticipantsRepublishedView republish() {
        return ParticipantsRepublishedView.of(republisher.republish());
    }
}
