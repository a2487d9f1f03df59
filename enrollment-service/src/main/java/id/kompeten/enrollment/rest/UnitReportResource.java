package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.service.TranscriptService;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A unit's compliance with the yearly JP minimum and its SIASN export. */
@Path("/api/v1/units/{unitCode}")
@Tag(name = "Transcripts")
public class UnitReportResource {

    private static final String UNIT_PARAMETER = "Unit code (the participants' unitCode)";

    private final TranscriptService service;

    UnitReportResource(TranscriptService service) {
        this.service = service;
    }

    @GET
    @Path("compliance")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_ADMIN})
    @Operation(operationId = "getUnitCompliance", summary = "Get a unit's compliance with the yearly JP minimum",
            description = "Every active participant of the unit with the JP completed in the year and whether it is"
            + " below the minimum (20 JP by default). Paged; sortable by name (default), jp, nip (ties by nip);"
            + " belowMinimum=true lists only those below. ADMIN reads any unit, a UNIT_ADMIN their own (403 for"
            + " another); 404 for a unit nobody is registered in.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = ComplianceView.class)))
    public ComplianceView compliance(
            @PathParam("unitCode") @Pattern(regexp = Texts.CODE) @Parameter(description = UNIT_PARAMETER,
                    example = "DISDUKCAPIL-SIBOLGA") String unitCode,
            @QueryParam("year") @Pattern(regexp = ParticipantReportResource.YEAR)
            @Parameter(description = ParticipantReportResource.YEAR_PARAMETER, example = "2026",
                    schema = @Schema(type = SchemaType.INTEGER)) String year,
            @QueryParam("belowMinimum") @Pattern(regexp = "true|false") @Parameter(description = "Only those below"
                    + " the minimum (true); everyone when absent or false",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String belowMinimum,
            @Valid @BeanParam PageRequest page) {
        return ComplianceView.of(service.compliance(unitCode, year == null ? null : Integer.valueOf(year),
                Boolean.parseBoolean(belowMinimum), page));
    }

    @GET
    @Path("siasn-courses")
    @Produces({MediaType.APPLICATION_JSON, SiasnExport.CSV})
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.UNIT_ADMIN})
    @Operation(operationId = "exportUnitSiasnCourses", summary = "Export a unit's completed courses for SIASN",
            description = "The completed courses of the year of everyone now registered in the unit (active or not),"
            + " by NIP and session end, in the body shape of SIASN's course record: a JSON array or, with `Accept:"
            + " text/csv`, RFC 4180 CSV in UTF-8 with a header row. jenisDiklatId comes from the editable mapping"
            + " (GET /api/v1/siasn/training-types). ADMIN and INTEGRATION export any unit, a UNIT_ADMIN their own"
            + " (403 for another); 404 for a unit nobody is registered in.")
    @APIResponse(responseCode = "200", description = "The course records",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SiasnCourseView.class)),
                @Content(mediaType = SiasnExport.CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = SiasnExport.CSV_EXAMPLE))})
    public Response siasnCourses(
            @PathParam("unitCode") @Pattern(regexp = Texts.CODE) @Parameter(description = UNIT_PARAMETER,
                    example = "DISDUKCAPIL-SIBOLGA") String unitCode,
            @QueryParam("year") @Pattern(regexp = ParticipantReportResource.YEAR)
            @Parameter(description = ParticipantReportResource.YEAR_PARAMETER, example = "2026",
                    schema = @Schema(type = SchemaType.INTEGER)) String year,
            @Context HttpHeaders headers) {
        return SiasnExport.of(service.siasnCoursesOfUnit(unitCode, year == null ? null : Integer.valueOf(year)),
                headers, "siasn-courses-" + unitCode + (year == null ? "" : "-" + year));
    }
}
