package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.TrainingRecommendationService;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What training an organisational unit needs, from its service quality and its staff's gaps. */
@Path("/api/v1/units/{unitCode}/training-recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training recommendations")
public class TrainingRecommendationResource {

    private final TrainingRecommendationService service;

    TrainingRecommendationResource(TrainingRecommendationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.INTEGRATION, Roles.UNIT_ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getTrainingRecommendations", summary = "Get a unit's training recommendations",
            description = "Two sources. (1) The citizen survey (SKM) of the service units whose parent is the unit,"
            + " summed over the period: each element whose own converted score NRR × 25 (two decimals) is below"
            + " grade B (76.61) is weak, and the agency's element → competency map (GET"
            + " /api/v1/skm-competency-maps/{agency}; the defaults unless the agency has its own) names the"
            + " competencies that develop it. (2) The unit's active staff against their position standards: every"
            + " competency with staff below the required level. Each competency comes with its reason in Indonesian"
            + " and English and the published courses that develop it, with their upcoming sessions open for"
            + " enrollment. Without a period, the last three complete months in the agency's zone (answered in from"
            + " and to). ADMIN, EVALUATOR and INTEGRATION read every unit; a UNIT_ADMIN or SUPERVISOR their own"
            + " unit (token claim unit), 403 otherwise; 404 when no service unit and no employee belongs to the"
            + " unit.")
    @APIResponse(responseCode = "200", description = "The unit's recommendations",
            content = @Content(schema = @Schema(implementation = TrainingRecommendationsView.class)))
    public TrainingRecommendationsView get(
            @PathParam("unitCode") @Pattern(regexp = UnitGapResource.UNIT) @Parameter(description = "Unit code",
                    example = "DISDUKCAPIL-SIBOLGA") String unitCode,
            @QueryParam("period") @Parameter(description = ServiceQualityResource.PERIOD_PARAMETER + "; absent: the"
                    + " last three complete months", example = "2026-Q3") String period,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(description = "id or en: the language of the labels",
                    example = "id") String acceptLanguage) {
        return TrainingRecommendationsView.of(service.of(unitCode, period),
                Languages.fromAcceptLanguage(acceptLanguage));
    }
}
