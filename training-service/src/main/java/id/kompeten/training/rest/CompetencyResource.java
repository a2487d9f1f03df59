package id.kompeten.training.rest;

import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.platform.api.Created;
import id.kompeten.platform.api.EnumParameter;
import id.kompeten.platform.api.IdempotencyKeys;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.api.VersionedResponses;
import id.kompeten.platform.security.Roles;
import id.kompeten.training.service.CompetencyDetails;
import id.kompeten.training.service.CompetencyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/competencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Competencies", description = "The competency dictionary (kamus kompetensi) courses develop and positions require")
public class CompetencyResource {

    private final CompetencyService service;

    CompetencyResource(CompetencyService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listCompetencies",
            summary = "List competencies",
            description = "Public. Paged; sortable by code, nameId, nameEn, type, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of competencies")
    public PageResponse<CompetencyView> list(@Valid @BeanParam PageRequest page,
            @QueryParam("type") @Parameter(description = "Only this type",
                    schema = @Schema(implementation = CompetencyType.class)) String type,
            @QueryParam("active") @Pattern(regexp = "true|false") @Parameter(description = "Only active (true) or only"
                    + " deactivated (false) competencies; both when absent",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String active) {
        return service.list(EnumParameter.parse(CompetencyType.class, type, "type"),
                active == null ? null : Boolean.valueOf(active), page).map(CompetencyView::of);
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getCompetency",
            summary = "Get one competency", description = "Public. The ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The competency",
            headers = @Header(name = "ETag", description = "Current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CompetencyView.class)))
    public Response get(@PathParam("code") @Parameter(description = "Competency code", example = "PELAYANAN-PRIMA") String code) {
        return VersionedResponses.ok(CompetencyView.of(service.get(code)));
    }

    @POST
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "createCompetency",
            summary = "Define a competency", description = "Publishes CompetencyDefined. Send an Idempotency-Key to"
            + " make retries safe: the same key and body return the first response; the same key with another body is 422.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = CompetencyView.class)))
    @APIResponse(responseCode = "409", description = "The code is already taken",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(@Valid @NotNull CompetencyRequest request,
            @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = "Makes the create safe to retry; up to 100"
                    + " visible ASCII characters, e.g. a UUID") String idempotencyKey,
            @Context UriInfo uri) {
        Created<CompetencyDetails> created = service.define(request.code(), request.toDefinition(), idempotencyKey);
        return VersionedResponses.created(uri.getAbsolutePathBuilder().path(created.id()).build(),
                CompetencyView.of(created.body()));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "updateCompetency",
            summary = "Change a competency", description = "Requires If-Match with the current ETag. Publishes"
            + " CompetencyUpdated when something changed. Without levels the current level descriptions stay.")
    @APIResponse(responseCode = "200", description = "The changed competency",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CompetencyView.class)))
    public Response update(@PathParam("code") @Parameter(description = "Competency code") String code,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch,
            @Valid @NotNull CompetencyUpdateRequest request) {
        return VersionedResponses.ok(CompetencyView.of(
                service.update(code, request.toDefinition(), VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{code}/deactivate")
    @Consumes(MediaType.WILDCARD) // no body: any or no Content-Type will do
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "deactivateCompetency",
            summary = "Deactivate a competency", description = "Requires If-Match with the current ETag. The"
            + " dictionary deactivates rather than deletes: courses and profiles that refer to the competency keep it, new"
            + " ones should not use it. Publishes CompetencyUpdated (active false); deactivating an inactive competency"
            + " changes nothing.")
    @APIResponse(responseCode = "200", description = "The deactivated competency",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CompetencyView.class)))
    public Response deactivate(@PathParam("code") @Parameter(description = "Competency code") String code,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch) {
        return VersionedResponses.ok(CompetencyView.of(
                service.deactivate(code, VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{code}/activate")
    @Consumes(MediaType.WILDCARD) // no body: any or no Content-Type will do
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "activateCompetency",
            summary = "Activate a competency", description = "Requires If-Match with the current ETag. Puts a"
            + " deactivated competency back into use; publishes CompetencyUpdated (active true). Activating an active"
            + " competency changes nothing.")
    @APIResponse(responseCode = "200", description = "The active competency",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CompetencyView.class)))
    public Response activate(@PathParam("code") @Parameter(description = "Competency code") String code,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch) {
        return VersionedResponses.ok(CompetencyView.of(
                service.activate(code, VersionPrecondition.fromIfMatch(ifMatch))));
    }
}
