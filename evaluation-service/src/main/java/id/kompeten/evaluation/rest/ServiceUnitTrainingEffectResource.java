package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.TrainingEffectService;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A service unit's Kirkpatrick L4 figures: did the training of its staff improve its service? */
@Path("/api/v1/service-units/{code}/training-effect")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service units")
public class ServiceUnitTrainingEffectResource {

    private final TrainingEffectService service;

    ServiceUnitTrainingEffectResource(TrainingEffectService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.INTEGRATION, Roles.UNIT_ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getServiceUnitTrainingEffect", summary = "Get the effect of training on a service"
            + " unit's quality (Kirkpatrick L4)",
            description = "For each session whose completions make this unit treated (its parent unit's staff"
            + " completed it), of any course: the unit's own before, after and change of IKM, mean waiting minutes"
            + " and complaints per 1,000 transactions, the session's comparison group (as in the course's"
            + " effectiveness) and the difference in differences for this unit (its change − the comparison group's"
            + " mean change, exact, rounded half-up to two decimals once). " + ResultsViews.METHOD + " "
            + ServiceUnitResource.READERS)
    @APIResponse(responseCode = "200", description = "The unit's training effect")
    public ServiceUnitTrainingEffectView get(
            @PathParam("code") @Pattern(regexp = ServiceUnitResource.CODE) @Parameter(
                    description = ServiceUnitResource.CODE_PARAMETER, example = ServiceUnitResource.CODE_EXAMPLE)
            String code) {
        return ServiceUnitTrainingEffectView.of(service.ofServiceUnit(code));
    }
}
