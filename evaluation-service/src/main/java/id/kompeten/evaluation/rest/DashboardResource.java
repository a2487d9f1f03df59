package id.kompeten.evaluation.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.service.DashboardService;
import id.kompeten.platform.api.ConditionalGet;
import id.kompeten.platform.i18n.Languages;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agency overview that ops dashboards and portals poll. */
@Path("/api/v1/dashboard/overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard")
public class DashboardResource {

    /**
     * Private: the answer is for callers with a token (shared caches must not serve it to others, and tokens differ
     * per caller). 30 s: dashboards poll every few seconds, figures move with survey batches and completions, and a
     * revalidation with If-None-Match after that costs only the computation, not the transfer.
     */
    private static final String CACHE = "private, max-age=30";

    private final DashboardService service;
    private final ObjectMapper json;

    DashboardResource(DashboardService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.INTEGRATION})
    @Operation(operationId = "getDashboardOverview", summary = "Get an agency's service-quality overview",
            description = "Per service unit of the agency (exact name): respondents, IKM and grade of the period"
            + " (exact from the summed scores, rounded once, as getServiceQuality), the previous period's IKM (the"
            + " period of the same length just before) and the change, the mean waiting time, complaints and"
            + " transactions, and its parent unit's staff: trained share and 20-JP compliance from January 1 to the"
            + " end of the period (counts only). Totals: the agency's IKM from all units' summed scores, its staff and"
            + " compliance. Top gaps: the competencies most of those staff are below their position's standard on"
            + " (top 10). Period: a month, quarter, semester or year; by default the last complete quarter in the"
            + " agency's calendar. An agency without service units answers an empty list."
            + " Caching: the answer carries a strong ETag (a hash of the answer and its language) and"
            + " Cache-Control: private, max-age=30; a request whose If-None-Match names the current ETag gets 304"
            + " with the ETag and no body, so pollers revalidate cheaply. ADMIN, EVALUATOR and INTEGRATION only.")
    @APIResponse(responseCode = "200", description = "The overview, with ETag and Cache-Control",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DashboardOverviewView.class)),
            headers = {
                @Header(name = HttpHeaders.ETAG, description = "Strong tag of this answer in this language",
                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
                @Header(name = HttpHeaders.CACHE_CONTROL, description = "private, max-age=30",
                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag; no body",
            headers = @Header(name = HttpHeaders.ETAG, description = "The current tag",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response get(
            @QueryParam(DashboardService.AGENCY) @Parameter(description = "The agency, exactly as its service units"
                    + " name it; required (400 naming agency when blank)", required = true,
                    example = "Pemerintah Kota Sibolga") String agency,
            @QueryParam(Period.PARAMETER) @Parameter(description = "A month (2026-10), quarter (2026-Q4), semester"
                    + " (2026-S2) or year (2026); default the last complete quarter; anything else is a 400 naming"
                    + " period", example = "2026-Q3") String period,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(description = "id or en: the language of the labels",
                    example = "id") String acceptLanguage,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = "The ETag of an answer the client"
                    + " holds; 304 when it is still current", example = "\"3f2a9c0d5e7b41a68c1d2e3f4a5b6c7d\"")
            String ifNoneMatch) throws JsonProcessingException {
        Locale language = Languages.fromAcceptLanguage(acceptLanguage);
        byte[] body = json.writeValueAsBytes(DashboardOverviewView.of(service.overview(agency, period), language));
        return ConditionalGet.respond(body, ifNoneMatch, CACHE, language.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }
}
