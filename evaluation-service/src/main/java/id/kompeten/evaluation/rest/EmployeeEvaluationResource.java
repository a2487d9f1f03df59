package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.EmployeeEvaluationService;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's completions with their L1-L3 standing. */
@Path("/api/v1/employees/{nip}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kirkpatrick evaluations")
public class EmployeeEvaluationResource {

    private final EmployeeEvaluationService service;

    EmployeeEvaluationResource(EmployeeEvaluationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.EVALUATOR, Roles.UNIT_ADMIN, Roles.SUPERVISOR,
        Roles.PARTICIPANT, Roles.CATALOG_MANAGER})
    @Operation(operationId = "listEmployeeEvaluations", summary = "List a person's completions and their evaluations",
            description = "Per completion, newest first: whether the L1 reaction was given, the L2 scores and gains,"
            + " the L3 status and due day. The person, their supervisor and unit admin now, EVALUATOR, ADMIN and"
            + " INTEGRATION; 404 for anyone else and for a person evaluation knows nothing of.")
    @APIResponse(responseCode = "200", description = "The person's completions")
    public EmployeeEvaluationsView list(@PathParam("nip") @Parameter(description = "NIP or NI PPPK",
            example = "198703122010011004") String nip) {
        return EmployeeEvaluationsView.of(nip, service.ofEmployee(nip));
    }
}
