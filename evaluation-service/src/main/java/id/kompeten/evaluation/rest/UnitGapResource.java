package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.CompetencyGapService;
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

/** Gap analysis of a unit's staff, each against their own position's standard. */
@Path("/api/v1/units/{unitCode}/competency-gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competency gaps", description = "Profiles against position standards, with courses that close the gaps")
public class UnitGapResource {

    static final String UNIT = "[A-Za-z0-9][A-Za-z0-9._-]{0,49}";

    private final CompetencyGapService service;

    UnitGapResource(CompetencyGapService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.EVALUATOR, Roles.UNIT_ADMIN})
    @Operation(operationId = "getUnitCompetencyGaps", summary = "Get a unit's competency gaps",
            description = "The unit's active staff (from the participant register's events), each against the"
            + " standard of their own position: per competency the staff measured, how many are below standard and"
            + " the mean gap; the staff whose position has no standard (counted, not measured); and per person the"
            + " total gap. A unit without active staff answers with zeros. A UNIT_ADMIN reads their own unit only"
            + " (403 otherwise).")
    @APIResponse(responseCode = "200", description = "The unit's gaps",
            content = @Content(schema = @Schema(implementation = UnitGapsView.class)))
    public UnitGapsView unitGaps(
            @PathParam("unitCode") @Pattern(regexp = UNIT) @Parameter(description = "Unit code",
                    example = "DISDUKCAPIL-SIBOLGA") String unitCode,
            @QueryParam("position") @Pattern(regexp = PositionStandardResource.CODE) @Parameter(description = "Only"
                    + " staff holding this position", example = "PENGADMINISTRASI-LAYANAN") String position) {
        return UnitGapsView.of(service.ofUnit(unitCode, position));
    }
}
