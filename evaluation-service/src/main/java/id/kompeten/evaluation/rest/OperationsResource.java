package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.service.OperationsService;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.api.VersionedResponses;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
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

/** A service unit's operational record of one month. */
@Path("/api/v1/service-units/{code}/operations/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service units")
public class OperationsResource {

    private static final String MONTH = "The month, e.g. 2026-10 (another form is a 400 naming period)";

    private final OperationsService service;

    OperationsResource(OperationsService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.INTEGRATION, Roles.UNIT_ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getOperationalRecord", summary = "Get a service unit's operational record of a month",
            description = "404 when the month has no record. The ETag is the version to send in If-Match. "
            + ServiceUnitResource.READERS)
    @APIResponse(responseCode = "200", description = "The record",
            headers = @Header(name = "ETag", description = "Current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OperationalRecordView.class)))
    public Response get(
            @PathParam("code") @Pattern(regexp = ServiceUnitResource.CODE) @Parameter(
                    description = ServiceUnitResource.CODE_PARAMETER, example = ServiceUnitResource.CODE_EXAMPLE)
            String code,
            @PathParam("period") @Parameter(description = MONTH, example = "2026-10") String period) {
        return VersionedResponses.ok(OperationalRecordView.of(service.get(code, Period.parseMonth(period))));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.UNIT_ADMIN})
    @Operation(operationId = "putOperationalRecord", summary = "Create or replace a service unit's operational"
            + " record of a month",
            description = "Creates the month's record when there is none (201; send no If-Match), or replaces it (200;"
            + " If-Match with the current ETag is then required: 428 without it, 412 when stale or when the record no"
            + " longer exists). Counts are whole numbers from 0, minutes decimals from 0 (two places); resolved"
            + " complaints at most received. ADMIN, INTEGRATION and the UNIT_ADMIN of the unit's parent unit.")
    @APIResponse(responseCode = "200", description = "The replaced record",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OperationalRecordView.class)))
    @APIResponse(responseCode = "201", description = "The created record",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = OperationalRecordView.class)))
    @APIResponse(responseCode = "409", description = "Another request created the record at the same time; read it"
            + " and send If-Match", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "Problem")))
    public Response put(
            @PathParam("code") @Pattern(regexp = ServiceUnitResource.CODE) @Parameter(
                    description = ServiceUnitResource.CODE_PARAMETER, example = ServiceUnitResource.CODE_EXAMPLE)
            String code,
            @PathParam("period") @Parameter(description = MONTH, example = "2026-10") String period,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET; required to replace an existing"
                    + " record, absent to create one") String ifMatch,
            @Valid @NotNull OperationsRequest request, @Context UriInfo uri) {
        Period month = Period.parseMonth(period);
        OperationsService.Saved saved = service.put(code, month, request.toFigures(),
                ifMatch == null ? null : VersionPrecondition.fromIfMatch(ifMatch));
        OperationalRecordView view = OperationalRecordView.of(saved.record());
        return saved.created() ? VersionedResponses.created(uri.getAbsolutePath(), view)
                : VersionedResponses.ok(view);
    }
}
