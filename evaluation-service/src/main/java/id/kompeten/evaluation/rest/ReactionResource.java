package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.ReactionEvaluationRepository;
import id.kompeten.evaluation.service.ReactionService;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** Kirkpatrick L1: the participant's reaction to a completed course, once per completion. */
@Path("/api/v1/evaluations/reaction")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Kirkpatrick evaluations", description = "L1 reaction (participant), L2 learning (pre/post scores), L3"
        + " behaviour (supervisor), course effectiveness")
public class ReactionResource {

    private static final String ID_EXAMPLE = "5b0c2f8e-8a51-4c4e-9d7a-3e2f1c0b9a87";

    private final ReactionService service;

    ReactionResource(ReactionService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.PARTICIPANT, Roles.SUPERVISOR, Roles.UNIT_ADMIN, Roles.EVALUATOR, Roles.CATALOG_MANAGER,
        Roles.ADMIN})
    @Operation(operationId = "createReaction", summary = "Give the reaction to a completed course (L1)",
            description = "Only the participant who completed (the token's nip is the completion's NIP), whatever"
            + " other role the token carries: 403 for anyone else who may read the person's records, 404 for the"
            + " rest and for an enrollment without a completion. Once per completion: a second submission, also one"
            + " racing the first, is 409. Scores are whole numbers 1-5 (400 naming the field otherwise).")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReactionView.class)))
    @APIResponse(responseCode = "404", description = "No completion of this enrollment, or one the caller may not"
            + " know of",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The reaction to this completion was already given",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(@Valid @NotNull ReactionRequest request, @Context UriInfo uri) {
        ReactionView view = ReactionView.of(service.submit(request.enrollmentId().strip(), request.scores(),
                ReactionRequest.clean(request.comment())));
        return Response.created(uri.getAbsolutePathBuilder().path(view.enrollmentId()).build()).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.EVALUATOR, Roles.UNIT_ADMIN, Roles.SUPERVISOR,
        Roles.PARTICIPANT})
    @Operation(operationId = "listReactions", summary = "List L1 reactions",
            description = "ADMIN, INTEGRATION and EVALUATOR list all; a UNIT_ADMIN those of their unit's staff; a"
            + " SUPERVISOR their direct subordinates' and their own; anyone else with a NIP their own (unit and"
            + " supervisor as the employee register says now). Paged, newest first; sortable by submittedAt, nip.")
    @APIResponse(responseCode = "200", description = "A page of reactions")
    public PageResponse<ReactionView> list(@Valid @BeanParam PageRequest page,
            @QueryParam("courseId") @Size(max = 36) @Parameter(description = "Only this course's",
                    example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String courseId,
            @QueryParam("sessionId") @Size(max = 36) @Parameter(description = "Only this session's",
                    example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String sessionId,
            @QueryParam("nip") @Size(max = 18) @Parameter(description = "Only this person's",
                    example = "198703122010011004") String nip) {
        return service.list(new ReactionEvaluationRepository.Filter(courseId, sessionId, nip), page)
                .map(ReactionView::of);
    }

    @GET
    @Path("{enrollmentId}")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.EVALUATOR, Roles.UNIT_ADMIN, Roles.SUPERVISOR,
        Roles.PARTICIPANT})
    @Operation(operationId = "getReaction", summary = "Get the L1 reaction to one completion",
            description = "404 when none was given or the caller may not read the person's records.")
    @APIResponse(responseCode = "200", description = "The reaction",
            content = @Content(schema = @Schema(implementation = ReactionView.class)))
    public ReactionView get(@PathParam("enrollmentId") @Parameter(description = "The completed enrollment",
            example = ID_EXAMPLE) String enrollmentId) {
        return ReactionView.of(service.get(enrollmentId));
    }
}
