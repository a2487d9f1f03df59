package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.CompetencyProfileService;
import id.kompeten.evaluation.service.CompetencyProfileService.ManualEntry;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionedResponses;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/**
 * An employee's competency profile, its lines and their history. Who may read it is EmployeeAccess's: the person,
 * their supervisor and unit admin now, EVALUATOR, INTEGRATION, ADMIN; anyone else gets 404.
 */
@Path("/api/v1/employees/{nip}/competency-profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Competency profiles", description = "Per employee and competency the current level (1-5): raised by"
        + " completed courses, set by evaluators' assessments or by hand, every change kept with its cause")
public class CompetencyProfileResource {

    static final String NIP = "The employee's NIP or NI PPPK (18 digits)";
    static final String NIP_EXAMPLE = "198703122010011004";
    private static final String READERS = " A PARTICIPANT reads their own, a SUPERVISOR their direct subordinates', a"
            + " UNIT_ADMIN their unit's; EVALUATOR, INTEGRATION and ADMIN everyone's; 404 for anyone else and for a"
            + " person evaluation does not know.";

    private final CompetencyProfileService service;

    CompetencyProfileResource(CompetencyProfileService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.EVALUATOR, Roles.UNIT_ADMIN, Roles.SUPERVISOR,
        Roles.PARTICIPANT})
    @Operation(operationId = "getCompetencyProfile", summary = "Get an employee's competency profile",
            description = "Who the person is (from enrollment's participant register) and every competency they have a"
            + " level in, with its source and evidence." + READERS)
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(implementation = CompetencyProfileView.class)))
    public CompetencyProfileView get(@PathParam("nip") @Parameter(description = NIP, example = NIP_EXAMPLE) String nip) {
        return CompetencyProfileView.of(service.profile(nip));
    }

    @GET
    @Path("history")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.EVALUATOR, Roles.UNIT_ADMIN, Roles.SUPERVISOR,
        Roles.PARTICIPANT})
    @Operation(operationId = "listCompetencyLevelChanges", summary = "List the changes of an employee's profile",
            description = "Every change of a level, newest first, with the event (a completed course) or request (an"
            + " assessment, a manual entry) that caused it. Paged." + READERS)
    @APIResponse(responseCode = "200", description = "A page of changes")
    public PageResponse<CompetencyLevelChangeView> history(
            @PathParam("nip") @Parameter(description = NIP, example = NIP_EXAMPLE) String nip,
            @QueryParam("competency") @Size(max = 50) @Parameter(description = "Only the changes of this competency",
                    example = "SIAK") String competency,
            @Valid @BeanParam PageRequest page) {
        String only = competency == null || competency.isBlank() ? null : competency.strip();
        return service.history(nip, only, page).map(CompetencyLevelChangeView::of);
    }

    @GET
    @Path("{competencyCode}")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.EVALUATOR, Roles.UNIT_ADMIN, Roles.SUPERVISOR,
        Roles.PARTICIPANT})
    @Operation(operationId = "getCompetencyLevel", summary = "Get one line of an employee's profile",
            description = "404 when the person has no level in the competency. The ETag is the version to send in"
            + " If-Match when setting the level by hand." + READERS)
    @APIResponse(responseCode = "200", description = "The line",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CompetencyProfileView.CompetencyLevelView.class)))
    public Response line(@PathParam("nip") @Parameter(description = NIP, example = NIP_EXAMPLE) String nip,
            @PathParam("competencyCode") @Parameter(description = "The competency code", example = "SIAK")
            String competencyCode) {
        return VersionedResponses.ok(CompetencyProfileView.CompetencyLevelView.of(service.line(nip, competencyCode)));
    }

    @PUT
    @Path("{competencyCode}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateCompetencyLevel", summary = "Set a level by hand",
            description = "For records from before the platform and corrections: sets the level (source MANUAL, may be"
            + " lower) with a reason, records the change and publishes CompetencyProfileUpdated. A line that exists"
            + " needs If-Match with its ETag (428 without, 412 when stale); a new line needs none (201). The"
            + " competency must be active in the catalogue; obtainedOn defaults to today and may not be later.")
    @APIResponse(responseCode = "200", description = "The changed line",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CompetencyProfileView.CompetencyLevelView.class)))
    @APIResponse(responseCode = "201", description = "The new line",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = CompetencyProfileView.CompetencyLevelView.class)))
    public Response set(@PathParam("nip") @Parameter(description = NIP, example = NIP_EXAMPLE) String nip,
            @PathParam("competencyCode") @Parameter(description = "The competency code", example = "SIAK")
            String competencyCode,
            @HeaderParam("If-Match") @Parameter(description = "The line's ETag from GET; required when the line"
                    + " exists") String ifMatch,
            @Valid @NotNull ManualLevelRequest request, @Context UriInfo uri) {
        ManualEntry entry = service.setLevel(nip, competencyCode, request.toInput(), ifMatch);
        CompetencyProfileView.CompetencyLevelView view = CompetencyProfileView.CompetencyLevelView.of(entry.line());
        return entry.created() ? VersionedResponses.created(uri.getAbsolutePath(), view) : VersionedResponses.ok(view);
    }
}
