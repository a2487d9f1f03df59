package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.ScorecardService;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.i18n.Languages;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A service unit's scorecard: its service-quality trend and its parent unit's staff. */
@Path("/api/v1/service-units/{code}/scorecard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service units")
public class ScorecardResource {

    private final ScorecardService service;

    ScorecardResource(ScorecardService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.INTEGRATION, Roles.UNIT_ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getServiceUnitScorecard", summary = "Get a service unit's scorecard",
            description = "The last complete periods (months or quarters in the agency's calendar; the current,"
            + " incomplete one never counts), oldest first: per period the respondents, IKM and grade (computed as in"
            + " getServiceQuality: exact from the summed scores, rounded once), the mean waiting time weighted by"
            + " transactions, complaints received and resolved, and transactions. Then the parent unit's staff this"
            + " calendar year: trained share (staff trained this year / active staff, as the unit training record),"
            + " 20-JP compliance (active staff with at least the yearly JP minimum of completions this year; counts"
            + " only) and the competencies most active staff are below their position's standard on (top 5). "
            + ServiceUnitResource.READERS)
    @APIResponse(responseCode = "200", description = "The scorecard")
    public ScorecardView get(
            @PathParam("code") @Pattern(regexp = ServiceUnitResource.CODE) @Parameter(
                    description = ServiceUnitResource.CODE_PARAMETER, example = ServiceUnitResource.CODE_EXAMPLE)
            String code,
            @QueryParam(ScorecardService.PERIODS) @Parameter(description = "How many periods, 1 to 24 (default 4);"
                    + " anything else is a 400 naming periods", example = "4") String periods,
            @QueryParam(ScorecardService.GRANULARITY) @Parameter(description = "MONTH or QUARTER (default QUARTER);"
                    + " anything else is a 400 naming granularity", example = "QUARTER") String granularity,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(description = "id or en: the language of the labels",
                    example = "id") String acceptLanguage) {
        return ScorecardView.of(service.of(code, count(periods), granularity),
                Languages.fromAcceptLanguage(acceptLanguage));
    }

    /** A whole number, or null when absent; a 400 naming the parameter otherwise (not JAX-RS's 404). */
    private static Integer count(String periods) {
        if (periods == null) {
            return null;
        }
        try {
            return Integer.valueOf(periods.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputProblem(ScorecardService.PERIODS, "validation.scorecard.periods-number", periods);
        }
    }
}
