package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.SkmCompetencyMapDetails;
import id.kompeten.evaluation.service.SkmCompetencyMapService;
import id.kompeten.platform.i18n.Languages;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
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

/** Per agency, which competencies develop each SKM element: what a weak element recommends. */
@Path("/api/v1/skm-competency-maps/{agency}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training recommendations", description = "Which training a unit's weak SKM elements and its staff's"
        + " competency gaps call for")
public class SkmCompetencyMapResource {

    private static final String IF_MATCH = "If-Match";
    private static final String AGENCY = "The agency, exactly as its service units name it";
    private static final String AGENCY_EXAMPLE = "Pemerintah Kota Sibolga";

    private final SkmCompetencyMapService service;

    SkmCompetencyMapResource(SkmCompetencyMapService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.INTEGRATION, Roles.UNIT_ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getSkmCompetencyMap", summary = "Get an agency's SKM element → competency map",
            description = "The agency's own map (source AGENCY, ETag its version) or, when it has none, the defaults"
            + " (source DEFAULT, ETag \"default\"): U3 completion time → SIAK, MANAJEMEN-WAKTU, PELAYANAN-PRIMA;"
            + " U7 staff behaviour → KOMUNIKASI-PUBLIK, PELAYANAN-PRIMA; U8 complaints handling → PELAYANAN-PRIMA,"
            + " KOMUNIKASI-PUBLIK; the other elements unmapped (they depend mostly on rules, tariffs and facilities,"
            + " not on staff skills). Labels in the request's language.")
    @APIResponse(responseCode = "200", description = "The map",
            headers = @Header(name = "ETag", description = "The version, or \"default\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SkmCompetencyMapView.class)))
    public Response get(
            @PathParam("agency") @Size(min = 1, max = 200) @Parameter(description = AGENCY, example = AGENCY_EXAMPLE)
            String agency,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(description = "id or en: the language of the labels",
                    example = "id") String acceptLanguage) {
        return answer(Response.ok(), service.get(agency), acceptLanguage);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateSkmCompetencyMap", summary = "Create or replace an agency's SKM element →"
            + " competency map",
            description = "Creates the agency's own map when it has none (201; send no If-Match, or the defaults'"
            + " ETag \"default\"), or replaces it as a whole (200; If-Match with its current ETag is then required:"
            + " 428 without, 412 when stale). Element codes are U1..U9 in the regulation's order; every competency"
            + " must be in the catalogue and active, listed once per element; each fault is a 400 naming the field,"
            + " e.g. elements.U7[1]. A replacement identical to the map changes nothing, not even its version.")
    @APIResponse(responseCode = "200", description = "The replaced map",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SkmCompetencyMapView.class)))
    @APIResponse(responseCode = "201", description = "The created map",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = SkmCompetencyMapView.class)))
    @APIResponse(responseCode = "409", description = "Another request created the map at the same time; read it and"
            + " send If-Match", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "Problem")))
    public Response put(
            @PathParam("agency") @Size(min = 1, max = 200) @Parameter(description = AGENCY, example = AGENCY_EXAMPLE)
            String agency,
            @HeaderParam(IF_MATCH) @Parameter(description = "The ETag from GET; required to replace the agency's own"
                    + " map, absent (or \"default\") to create it") String ifMatch,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(description = "id or en: the language of the labels",
                    example = "id") String acceptLanguage,
            @Valid @NotNull SkmCompetencyMapRequest request, @Context UriInfo uri) {
        SkmCompetencyMapService.Saved saved = service.put(agency, request.elements(), ifMatch);
        return answer(saved.created() ? Response.created(uri.getAbsolutePath()) : Response.ok(), saved.map(),
                acceptLanguage);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteSkmCompetencyMap", summary = "Delete an agency's own SKM element → competency map",
            description = "The agency's recommendations use the defaults again. Requires If-Match with the current"
            + " ETag (428 without, 412 when stale); an agency already on the defaults answers 204 to If-Match"
            + " \"default\".")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(
            @PathParam("agency") @Size(min = 1, max = 200) @Parameter(description = AGENCY, example = AGENCY_EXAMPLE)
            String agency,
            @HeaderParam(IF_MATCH) @Parameter(description = "The ETag from GET", required = true) String ifMatch) {
        service.delete(agency, ifMatch);
    }

    private static Response answer(Response.ResponseBuilder builder, SkmCompetencyMapDetails map,
            String acceptLanguage) {
        // Serialized quoted, as VersionPrecondition.etag(version) which If-Match is compared with.
        String tag = map.version() == null ? SkmCompetencyMapService.DEFAULT_TAG : String.valueOf(map.version());
        return builder.tag(new EntityTag(tag))
                .entity(SkmCompetencyMapView.of(map, Languages.fromAcceptLanguage(acceptLanguage))).build();
    }
}
