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

/** Gap analysis of a person against a position's standard. */
@Path("/api/v1/employees/{nip}/competency-gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competency gaps", description = "Profiles against position standards, with courses that close the gaps")
public class EmployeeGapResource {

    static final String NIP = "[0-9]{18}";

    private final CompetencyGapService service;

    EmployeeGapResource(CompetencyGapService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.EVALUATOR, Roles.UNIT_ADMIN, Roles.SUPERVISOR,
        Roles.PARTICIPANT})
    @Operation(operationId = "getEmployeeCompetencyGaps", summary = "Get a person's competency gaps",
            description = "The person's profile against the standard of a position (their own when position is"
            + " absent): per required competency the required and current level (0 when the profile has none), the"
            + " gap max(0, required - current) and whether it is met; and the published courses that would close the"
            + " gaps, best coverage first (most gaps closed, then fewest JP, then title), with per gap the ids of"
            + " those that close it. A participant reads their own, a supervisor their subordinates', a unit admin"
            + " their unit's; EVALUATOR, INTEGRATION and ADMIN everyone's; anyone else gets 404, as for an unknown"
            + " person. 404 naming the position when it has no standard.")
    @APIResponse(responseCode = "200", description = "The gaps",
            content = @Content(schema = @Schema(implementation = EmployeeGapsView.class)))
    public EmployeeGapsView employeeGaps(
            @PathParam("nip") @Pattern(regexp = NIP) @Parameter(description = "NIP or NI PPPK, 18 digits",
                    example = "198703122010011004") String nip,
            @QueryParam("position") @Pattern(regexp = PositionStandardResource.CODE) @Parameter(description = "A"
                    + " position to measure against (e.g. one the person is being considered for); their own when"
                    + " absent", example = "PENGADMINISTRASI-LAYANAN") String position) {
        return EmployeeGapsView.of(service.ofEmployee(nip, position));
    }
}
