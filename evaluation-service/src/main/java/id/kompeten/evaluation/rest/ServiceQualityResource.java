package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.service.SkmService;
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

/** A service unit's SKM index and operational figures for a period. */
@Path("/api/v1/service-units/{code}/service-quality")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service units")
public class ServiceQualityResource {

    static final String PERIOD_PARAMETER = "A month (2026-10), quarter (2026-Q4), semester (2026-S2) or year (2026);"
            + " anything else is a 400 naming period";

    private final SkmService service;

    ServiceQualityResource(SkmService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.INTEGRATION, Roles.UNIT_ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getServiceQuality", summary = "Get a service unit's service quality in a period",
            description = "The citizen satisfaction index (SKM/IKM, PermenPAN-RB 14/2017) of the period's responses:"
            + " per element the mean score NRR (four decimals), ikmUnit = Σ NRR × 1/9, ikm = ikmUnit × 25 rounded"
            + " half-up to two decimals only at the end (computed exactly from the score sums, not from rounded"
            + " NRRs), the grade of that two-decimal ikm (88.30 is B, 88.31 A; 76.60 C, 76.61 B; 64.99 D, 65.00 C),"
            + " and the elements weakest first; plus the operational figures of the period's months (transactions and"
            + " complaints summed, times weighted by transactions). A period without responses answers respondents 0"
            + " and null index. Also the parent unit's active staff's mean current level in each of the unit's key"
            + " competencies, and the parent unit's training record over the period. Labels in the request's"
            + " language. " + ServiceUnitResource.READERS)
    @APIResponse(responseCode = "200", description = "The unit's service quality")
    public ServiceQualityView get(
            @PathParam("code") @Pattern(regexp = ServiceUnitResource.CODE) @Parameter(
                    description = ServiceUnitResource.CODE_PARAMETER, example = ServiceUnitResource.CODE_EXAMPLE)
            String code,
            @QueryParam("period") @Parameter(description = PERIOD_PARAMETER, required = true, example = "2026-Q4")
            String period,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(description = "id or en: the language of the labels",
                    example = "id") String acceptLanguage) {
        return ServiceQualityView.of(service.quality(code, Period.parse(period)),
                Languages.fromAcceptLanguage(acceptLanguage));
    }
}
