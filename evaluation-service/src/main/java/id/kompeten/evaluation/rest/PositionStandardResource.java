package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.PositionStandardService;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.api.VersionedResponses;
import id.kompeten.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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

/** Competency standards of positions: reads for every signed-in role, writes for ADMIN (they are agency-wide). */
@Path("/api/v1/positions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Position standards", description = "The competencies each position (jabatan) requires and the minimum"
        + " level of each")
public class PositionStandardResource {

    /** Position and competency codes, as the catalogue and the participant register write them. */
    static final String CODE = "[A-Z0-9][A-Z0-9._-]{1,49}";
    static final String POSITION_PARAMETER = "Position (jabatan) code, as the participant register gives it";
    private static final String IF_MATCH = "If-Match";

    private final PositionStandardService service;

    PositionStandardResource(PositionStandardService service) {
        this.service = service;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listPositionStandards", summary = "List positions that have a competency standard",
            description = "Paged; sortable by positionCode (default), positionName, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of positions")
    public PageResponse<PositionSummaryView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page).map(PositionSummaryView::of);
    }

    @GET
    @Path("{code}/competency-standard")
    @Authenticated
    @Operation(operationId = "getPositionStandard", summary = "Get a position's competency standard",
            description = "The ETag is the version to send in If-Match. 404 when the position has no standard.")
    @APIResponse(responseCode = "200", description = "The standard",
            headers = @Header(name = "ETag", description = "Current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PositionStandardView.class)))
    public Response get(@PathParam("code") @Pattern(regexp = CODE) @Parameter(description = POSITION_PARAMETER,
            example = "PENGADMINISTRASI-LAYANAN") String code) {
        return VersionedResponses.ok(PositionStandardView.of(service.get(code)));
    }

    @PUT
    @Path("{code}/competency-standard")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updatePositionStandard", summary = "Create or replace a position's competency standard",
            description = "Creates the standard when the position has none (201; send no If-Match), or replaces it"
            + " as a whole (200; If-Match with the current ETag is then required: 428 without it, 412 when stale or"
            + " when the standard no longer exists). Every competency must be in the catalogue and active, listed"
            + " once, with a minimum level 1 to 5; each fault is a 400 naming the field, e.g."
            + " requirements[1].competencyCode. A replacement identical to the standard changes nothing, not even"
            + " its version.")
    @APIResponse(responseCode = "200", description = "The replaced standard",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PositionStandardView.class)))
    @APIResponse(responseCode = "201", description = "The created standard",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PositionStandardView.class)))
    @APIResponse(responseCode = "409", description = "Another request created the standard at the same time; read"
            + " it and send If-Match", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "Problem")))
    public Response put(@PathParam("code") @Pattern(regexp = CODE) @Parameter(description = POSITION_PARAMETER,
                    example = "PENGADMINISTRASI-LAYANAN") String code,
            @HeaderParam(IF_MATCH) @Parameter(description = "The ETag from GET; required to replace an existing"
                    + " standard, absent to create one") String ifMatch,
            @Valid @NotNull PositionStandardRequest request, @Context UriInfo uri) {
        PositionStandardService.Saved saved = service.put(code, request.cleanName(), request.toRequirements(),
                ifMatch == null ? null : VersionPrecondition.fromIfMatch(ifMatch));
        PositionStandardView view = PositionStandardView.of(saved.standard());
        return saved.created() ? VersionedResponses.created(uri.getAbsolutePath(), view) : VersionedResponses.ok(view);
    }

    @DELETE
    @Path("{code}/competency-standard")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deletePositionStandard", summary = "Delete a position's competency standard",
            description = "Requires If-Match with the current ETag (428 without, 412 when stale). Gap analyses of the"
            + " position answer 404 afterwards; profiles are not touched.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("code") @Pattern(regexp = CODE) @Parameter(description = POSITION_PARAMETER,
                    example = "PENGADMINISTRASI-LAYANAN") String code,
            @HeaderParam(IF_MATCH) @Parameter(description = "The ETag from GET", required = true) String ifMatch) {
        service.delete(code, VersionPrecondition.fromIfMatch(ifMatch));
    }
}
