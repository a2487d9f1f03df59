package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.ServiceUnitService;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.api.VersionedResponses;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/** Service units (unit layanan): writes ADMIN's; reads by the roles ServiceUnitAccess names. */
@Path("/api/v1/service-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service units", description = "Counters, offices and clinics that serve citizens, their citizen"
        + " satisfaction survey (SKM) and operational records")
public class ServiceUnitResource {

    /** Service unit codes. */
    static final String CODE = "[A-Z0-9][A-Z0-9._-]{1,49}";
    static final String CODE_PARAMETER = "Service unit code";
    static final String CODE_EXAMPLE = "DISDUKCAPIL-SIBOLGA-LOKET";
    static final String READERS = "ADMIN, EVALUATOR and INTEGRATION read every unit; UNIT_ADMIN and SUPERVISOR the"
            + " units whose parentUnitCode is the unit of their token (403 otherwise).";
    private static final String IF_MATCH = "If-Match";

    private final ServiceUnitService service;

    ServiceUnitResource(ServiceUnitService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.INTEGRATION, Roles.UNIT_ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "listServiceUnits", summary = "List service units",
            description = "Paged; sortable by code (default), name, agency, updatedAt. " + READERS + " A UNIT_ADMIN"
            + " or SUPERVISOR sees the units of their own unit only.")
    @APIResponse(responseCode = "200", description = "A page of service units")
    public PageResponse<ServiceUnitView> list(
            @QueryParam("agency") @Size(max = 200) @Parameter(description = "Only the units of this agency",
                    example = "Pemerintah Kota Sibolga") String agency,
            @Valid @BeanParam PageRequest page) {
        return service.list(agency, page).map(ServiceUnitView::of);
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.EVALUATOR, Roles.INTEGRATION, Roles.UNIT_ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getServiceUnit", summary = "Get a service unit",
            description = "The ETag is the version to send in If-Match. " + READERS)
    @APIResponse(responseCode = "200", description = "The unit",
            headers = @Header(name = "ETag", description = "Current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ServiceUnitView.class)))
    public Response get(@PathParam("code") @Pattern(regexp = CODE) @Parameter(description = CODE_PARAMETER,
            example = CODE_EXAMPLE) String code) {
        return VersionedResponses.ok(ServiceUnitView.of(service.get(code)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createServiceUnit", summary = "Create a service unit",
            description = "409 when the code is taken. Every key competency must be in the catalogue and active, once;"
            + " each fault is a 400 naming the field, e.g. keyCompetencies[1].")
    @APIResponse(responseCode = "201", description = "The created unit",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ServiceUnitView.class)))
    @APIResponse(responseCode = "409", description = "A unit with this code exists",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(@Valid @NotNull ServiceUnitRequest request, @Context UriInfo uri) {
        if (request.code() == null) {
            throw new InvalidInputProblem("code", "validation.service-unit.code-required");
        }
        ServiceUnitView view = ServiceUnitView.of(service.create(request.code(), request.toDetails()));
        return VersionedResponses.created(uri.getAbsolutePathBuilder().path(view.code()).build(), view);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateServiceUnit", summary = "Replace a service unit",
            description = "Replaces everything but the code. If-Match with the current ETag is required (428 without"
            + " it, 412 when stale). Checks as createServiceUnit. A replacement identical to the unit changes nothing,"
            + " not even its version.")
    @APIResponse(responseCode = "200", description = "The replaced unit",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ServiceUnitView.class)))
    public Response update(@PathParam("code") @Pattern(regexp = CODE) @Parameter(description = CODE_PARAMETER,
                    example = CODE_EXAMPLE) String code,
            @HeaderParam(IF_MATCH) @Parameter(description = "The ETag from GET", required = true) String ifMatch,
            @Valid @NotNull ServiceUnitRequest request) {
        if (request.code() != null && !request.code().equals(code)) {
            throw new InvalidInputProblem("code", "validation.service-unit.code-differs", code);
        }
        VersionPrecondition precondition = VersionPrecondition.fromIfMatch(ifMatch);
        return VersionedResponses.ok(ServiceUnitView.of(service.replace(code, request.toDetails(), precondition)));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteServiceUnit", summary = "Delete a service unit",
            description = "Requires If-Match with the current ETag (428 without, 412 when stale). 409 while the unit"
            + " holds survey responses or operational records: they are the unit's evidence and stay.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The unit holds survey responses or operational records",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public void delete(@PathParam("code") @Pattern(regexp = CODE) @Parameter(description = CODE_PARAMETER,
                    example = CODE_EXAMPLE) String code,
            @HeaderParam(IF_MATCH) @Parameter(description = "The ETag from GET", required = true) String ifMatch) {
        service.delete(code, VersionPrecondition.fromIfMatch(ifMatch));
    }
}
