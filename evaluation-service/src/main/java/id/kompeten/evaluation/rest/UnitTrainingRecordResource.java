package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.UnitTrainingRecordService;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What training a unit's staff completed, per period: the unit's training record. */
@Path("/api/v1/units/{unitCode}/training-record")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Unit training records", description = "Completions of a unit's staff per month, quarter, semester or year")
public class UnitTrainingRecordResource {

    private final UnitTrainingRecordService service;

    UnitTrainingRecordResource(UnitTrainingRecordService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.INTEGRATION, Roles.UNIT_ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getUnitTrainingRecord", summary = "Get a unit's training record for a period",
            description = "Computed from the completions enrollment announced (each counted once, whatever the"
            + " broker redelivers or delays), by the unit the completer belonged to when they enrolled and the"
            + " completion's date in the agency's zone: distinct staff trained, completions and JP in the period;"
            + " distinct staff trained from January 1 to the period's end; and the trained share of the unit's"
            + " active staff (the participant register now). Per month too. A unit without completions answers"
            + " with zeros. ADMIN, EVALUATOR and INTEGRATION read every unit; a UNIT_ADMIN or SUPERVISOR their own"
            + " unit (token claim unit), 403 otherwise.")
    @APIResponse(responseCode = "200", description = "The unit's training record",
            content = @Content(schema = @Schema(implementation = UnitTrainingRecordView.class)))
    public UnitTrainingRecordView trainingRecord(
            @PathParam("unitCode") @Pattern(regexp = UnitGapResource.UNIT) @Parameter(description = "Unit code",
                    example = "DISDUKCAPIL-SIBOLGA") String unitCode,
            @QueryParam("period") @Parameter(required = true, description = "A month (2026-10), quarter (2026-Q4),"
                    + " semester (2026-S2) or year (2026)", example = "2026-Q4") String period) {
        return UnitTrainingRecordView.of(service.record(unitCode, period));
    }
}
