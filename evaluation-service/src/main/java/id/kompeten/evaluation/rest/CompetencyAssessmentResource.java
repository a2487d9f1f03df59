package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.CompetencyProfileService;
import id.kompeten.evaluation.service.CompetencyProfileService.AssessmentDetails;
import id.kompeten.platform.api.Created;
import id.kompeten.platform.api.IdempotencyKeys;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evaluators' assessments of employees' competencies; each sets the profile's level (source ASSESSMENT). */
@Path("/api/v1/employees/{nip}/competency-assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Competency assessments", description = "An evaluator's assessment (test, observation, interview,"
        + " portfolio, simulation) of one competency, with its evidence: it sets the level, possibly lower")
public class CompetencyAssessmentResource {

    private static final String NIP = CompetencyProfileResource.NIP;
    private static final String NIP_EXAMPLE = CompetencyProfileResource.NIP_EXAMPLE;
    private static final String ID_EXAMPLE = "7d3f9a2c-4b1e-4c8d-9e6f-1a2b3c4d5e6f";

    private final CompetencyProfileService service;

    CompetencyAssessmentResource(CompetencyProfileService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.EVALUATOR, Roles.ADMIN})
    @Operation(operationId = "createCompetencyAssessment", summary = "Record a competency assessment",
            description = "Sets the employee's level in the competency to the level found (source ASSESSMENT), also"
            + " lower than before, which then needs a reason; records the change and publishes"
            + " CompetencyProfileUpdated. The competency must be active in the catalogue; assessedOn defaults to today"
            + " (agency zone) and may not be later. 404 for a person evaluation does not know. Send an"
            + " Idempotency-Key to make retries safe: the same key and body return the first response; the same key"
            + " with another body is 422.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CompetencyAssessmentView.class)))
    public Response create(@PathParam("nip") @Parameter(description = NIP, example = NIP_EXAMPLE) String nip,
            @Valid @NotNull CompetencyAssessmentRequest request,
            @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = "Makes the create safe to retry; up to 100"
                    + " visible ASCII characters, e.g. a UUID") String idempotencyKey,
            @Context UriInfo uri) {
        Created<AssessmentDetails> created = service.recordAssessment(nip, request.toInput(), idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(CompetencyAssessmentView.of(created.body())).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.EVALUATOR, Roles.UNIT_ADMIN, Roles.SUPERVISOR,
        Roles.PARTICIPANT})
    @Operation(operationId = "listCompetencyAssessments", summary = "List an employee's competency assessments",
            description = "Newest first (by the day assessed, then by when recorded). Paged. A PARTICIPANT reads their"
            + " own, a SUPERVISOR their direct subordinates', a UNIT_ADMIN their unit's; EVALUATOR, INTEGRATION and"
            + " ADMIN everyone's; 404 for anyone else.")
    @APIResponse(responseCode = "200", description = "A page of assessments")
    public PageResponse<CompetencyAssessmentView> list(
            @PathParam("nip") @Parameter(description = NIP, example = NIP_EXAMPLE) String nip,
            @Valid @BeanParam PageRequest page) {
        return service.assessments(nip, page).map(CompetencyAssessmentView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.EVALUATOR, Roles.UNIT_ADMIN, Roles.SUPERVISOR,
        Roles.PARTICIPANT})
    @Operation(operationId = "getCompetencyAssessment", summary = "Get one competency assessment",
            description = "Readers as for the list; 404 for another person's assessment.")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(schema = @Schema(implementation = CompetencyAssessmentView.class)))
    public CompetencyAssessmentView get(
            @PathParam("nip") @Parameter(description = NIP, example = NIP_EXAMPLE) String nip,
            @PathParam("id") @Parameter(description = "The assessment's id", example = ID_EXAMPLE) String id) {
        return CompetencyAssessmentView.of(service.assessment(nip, id));
    }
}
