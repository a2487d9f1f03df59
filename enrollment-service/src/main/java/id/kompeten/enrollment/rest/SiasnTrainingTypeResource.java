package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.service.SiasnTrainingTypeService;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.api.VersionedResponses;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mapping from kinds of course to SIASN training types, which an agency adjusts to its SIASN reference. */
@Path("/api/v1/siasn/training-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SIASN", description = "Completed courses for BKN's national civil-service information system (SIASN)")
public class SiasnTrainingTypeResource {

    private static final String CATEGORY = "The kind of course: TECHNICAL, MANAGERIAL, SOCIO_CULTURAL, SEMINAR or"
            + " E_LEARNING";

    private final SiasnTrainingTypeService service;

    SiasnTrainingTypeResource(SiasnTrainingTypeService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "listSiasnTrainingTypes", summary = "List the SIASN training type of each kind of course",
            description = "Which SIASN training type (jenisDiklatId) each kind of course is exported with. A course's"
            + " kind: SEMINAR when it teaches only by lecture and group discussion; else E_LEARNING when delivered"
            + " online only; else by the type most of its competencies have (TEKNIS → TECHNICAL, MANAJERIAL →"
            + " MANAGERIAL, SOSIAL_KULTURAL → SOCIO_CULTURAL; a tie goes to technical, then managerial). Defaults:"
            + " TECHNICAL 3 Diklat Teknis, MANAGERIAL 5 Pelatihan Manajerial, SOCIO_CULTURAL 6 Pelatihan Sosial"
            + " Kultural, SEMINAR 9 Seminar, E_LEARNING 16 E-Learning.")
    @APIResponse(responseCode = "200", description = "One entry per kind of course",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SiasnTrainingTypeView.class)))
    public List<SiasnTrainingTypeView> list() {
        return service.list().stream().map(SiasnTrainingTypeView::of).toList();
    }

    @GET
    @Path("{category}")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "getSiasnTrainingType", summary = "Get the SIASN training type of a kind of course",
            description = "The ETag is the version to send in If-Match when changing it.")
    @APIResponse(responseCode = "200", description = "The kind's SIASN training type",
            headers = @Header(name = "ETag", description = "Current version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SiasnTrainingTypeView.class)))
    public Response get(@PathParam("category") @Parameter(description = CATEGORY, example = "TECHNICAL")
            String category) {
        return VersionedResponses.ok(SiasnTrainingTypeView.of(service.get(category)));
    }

    @PUT
    @Path("{category}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateSiasnTrainingType", summary = "Change the SIASN training type of a kind of course",
            description = "Requires If-Match with the current ETag. Exports are computed when read, so every export"
            + " from then on, of any year, reports the new type.")
    @APIResponse(responseCode = "200", description = "The changed mapping",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SiasnTrainingTypeView.class)))
    public Response update(@PathParam("category") @Parameter(description = CATEGORY, example = "TECHNICAL")
            String category,
            @HeaderParam("If-Match") @Parameter(description = "The ETag from GET", required = true) String ifMatch,
            @Valid @NotNull SiasnTrainingTypeRequest request) {
        return VersionedResponses.ok(SiasnTrainingTypeView.of(service.update(category, request.jenisDiklatId(),
                request.jenisDiklatName().strip(), VersionPrecondition.fromIfMatch(ifMatch))));
    }
}
