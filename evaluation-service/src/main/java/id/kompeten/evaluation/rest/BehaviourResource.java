package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.BehaviourService;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Kirkpatrick L3: the supervisor's rating of applied behaviour, once per completion, from its due day on. */
@Path("/api/v1/evaluations/behaviour")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Kirkpatrick evaluations")
public class BehaviourResource {

    private final BehaviourService service;

    BehaviourResource(BehaviourService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "createBehaviourRating", summary = "Rate a subordinate's applied behaviour (L3)",
            description = "Only the person's supervisor at rating time (the employee register's supervisor now; for"
            + " someone evaluation has not received yet, the supervisor at completion): 403 for anyone else, a former"
            + " supervisor included; 404 for an enrollment without a completion. One rating 1-5 per competency the"
            + " course targeted, no more, no less (400 naming the field). 409 before the due day (named in the"
            + " problem) and for a second rating, also one racing the first.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BehaviourEvaluationView.class)))
    @APIResponse(responseCode = "404", description = "No completion of this enrollment",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Not due yet, or already rated",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(@Valid @NotNull BehaviourRequest request, @Context UriInfo uri) {
        BehaviourEvaluationView view = BehaviourEvaluationView.of(service.rate(request.enrollmentId().strip(),
                request.entries(), ReactionRequest.clean(request.comment())));
        return Response.created(uri.getAbsolutePathBuilder().path(view.enrollmentId()).build()).entity(view).build();
    }

    @GET
    @Path("{enrollmentId}")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.EVALUATOR, Roles.UNIT_ADMIN, Roles.SUPERVISOR,
        Roles.PARTICIPANT})
    @Operation(operationId = "getBehaviourRating", summary = "Get the L3 rating of one completion",
            description = "404 when it is not rated or the caller may not read the person's records (the person sees"
            + " their own ratings).")
    @APIResponse(responseCode = "200", description = "The rating",
            content = @Content(schema = @Schema(implementation = BehaviourEvaluationView.class)))
    public BehaviourEvaluationView get(@PathParam("enrollmentId") @Parameter(description = "The completed enrollment",
            example = "5b0c2f8e-8a51-4c4e-9d7a-3e2f1c0b9a87") String enrollmentId) {
        return BehaviourEvaluationView.of(service.get(enrollmentId));
    }
}
