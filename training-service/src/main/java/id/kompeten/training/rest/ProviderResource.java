package id.kompeten.training.rest;

import id.kompeten.contracts.catalog.ProviderType;
import id.kompeten.platform.api.Created;
import id.kompeten.platform.api.EnumParameter;
import id.kompeten.platform.api.IdempotencyKeys;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.api.VersionedResponses;
import id.kompeten.platform.security.Roles;
import id.kompeten.training.service.ProviderDetails;
import id.kompeten.training.service.ProviderService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

@Path("/api/v1/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Providers", description = "Training providers (penyelenggara): government training centres, universities,"
        + " NGOs, professional bodies and agencies' own training units")
public class ProviderResource {

    private static final String BOOLEAN = "true|false";

    private final ProviderService service;

    ProviderResource(ProviderService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listProviders",
            summary = "List providers", description = "Public. Paged; sortable by name, type,"
            + " accreditationValidUntil, updatedAt (default name).")
    @APIResponse(responseCode = "200", description = "A page of providers")
    public PageResponse<ProviderView> list(@Valid @BeanParam PageRequest page,
            @QueryParam("type") @Parameter(description = "Only this type",
                    schema = @Schema(implementation = ProviderType.class)) String type,
            @QueryParam("active") @Pattern(regexp = BOOLEAN) @Parameter(description = "Only active (true) or only"
                    + " deactivated (false) providers; both when absent", schema = @Schema(type = SchemaType.BOOLEAN))
            String active,
            @QueryParam("accredited") @Pattern(regexp = BOOLEAN) @Parameter(description = "Only providers accredited"
                    + " today (true: status ACCREDITED and validUntil absent or not past) or only the others (false)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String accredited,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Name contains this text, ignoring case",
                    example = "universitas") String q) {
        return service.list(EnumParameter.parse(ProviderType.class, type, "type"), flag(active), flag(accredited), q,
                page).map(ProviderView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProvider",
            summary = "Get one provider", description = "Public. The ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The provider",
            headers = @Header(name = "ETag", description = "Current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    public Response get(@PathParam("id") @Parameter(description = "Provider id",
            example = "6f1c2a7e-3b9d-4c55-9a51-0d2b8e7f4c11") String id) {
        return VersionedResponses.ok(ProviderView.of(service.get(id)));
    }

    @POST
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "createProvider",
            summary = "Register a provider", description = "Publishes ProviderRegistered. Send an Idempotency-Key"
            + " to make retries safe: the same key and body return the first response; the same key with another body"
            + " is 422.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "409", description = "A provider with this name is already registered",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response register(@Valid @NotNull ProviderRequest request,
            @HeaderParam(IdempotencyKeys.HEADER) @Parameter(description = "Makes the create safe to retry; up to 100"
                    + " visible ASCII characters, e.g. a UUID") String idempotencyKey,
            @Context UriInfo uri) {
        Created<ProviderDetails> created = service.register(request.toDefinition(), idempotencyKey);
        return VersionedResponses.created(uri.getAbsolutePathBuilder().path(created.id()).build(),
                ProviderView.of(created.body()));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "updateProvider",
            summary = "Change a provider", description = "Requires If-Match with the current ETag. Replaces type,"
            + " name, contact and accreditation; publishes ProviderUpdated when something changed.")
    @APIResponse(responseCode = "200", description = "The changed provider",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "409", description = "Another provider already has this name",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") @Parameter(description = "Provider id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch,
            @Valid @NotNull ProviderRequest request) {
        return VersionedResponses.ok(ProviderView.of(
                service.update(id, request.toDefinition(), VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{id}/deactivate")
    @Consumes(MediaType.WILDCARD) // no body: any or no Content-Type will do
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "deactivateProvider",
            summary = "Deactivate a provider", description = "Requires If-Match with the current ETag. Providers are"
            + " deactivated rather than deleted: existing courses keep theirs. Publishes ProviderUpdated (active false);"
            + " deactivating an inactive provider changes nothing.")
    @APIResponse(responseCode = "200", description = "The deactivated provider",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    public Response deactivate(@PathParam("id") @Parameter(description = "Provider id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch) {
        return VersionedResponses.ok(ProviderView.of(
                service.deactivate(id, VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{id}/activate")
    @Consumes(MediaType.WILDCARD) // no body: any or no Content-Type will do
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "activateProvider",
            summary = "Activate a provider", description = "Requires If-Match with the current ETag. Offers a"
            + " deactivated provider again; publishes ProviderUpdated (active true). Activating an active provider"
            + " changes nothing.")
    @APIResponse(responseCode = "200", description = "The active provider",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    public Response activate(@PathParam("id") @Parameter(description = "Provider id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch) {
        return VersionedResponses.ok(ProviderView.of(
                service.activate(id, VersionPrecondition.fromIfMatch(ifMatch))));
    }

    /** A validated true/false query parameter; null when absent. */
    private static Boolean flag(String value) {
        return value == null ? null : Boolean.valueOf(value);
    }
}
