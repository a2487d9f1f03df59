package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.service.TranscriptService;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
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

/** A participant's yearly JP transcript and their SIASN export. Who reaches whom is TranscriptService's. */
@Path("/api/v1/participants/{nip}")
@Tag(name = "Transcripts", description = "Yearly JP transcripts, unit compliance with the JP minimum and the SIASN"
        + " export of completed courses")
public class ParticipantReportResource {

    static final String YEAR = "[0-9]{1,6}";
    static final String YEAR_PARAMETER = "Calendar year; JP count in the year of the session's end date. This year"
            + " (Asia/Jakarta, or the agency's zone) when absent; from 2000 (setting kompeten.transcripts.earliest-year)"
            + " to next year";
    private static final String NIP_PARAMETER = "NIP or NI PPPK, 18 digits";

    private final TranscriptService service;

    ParticipantReportResource(TranscriptService service) {
        this.service = service;
    }

    @GET
    @Path("transcript")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_ADMIN, Roles.SUPERVISOR, Roles.PARTICIPANT})
    @Operation(operationId = "getTranscript", summary = "Get a participant's JP transcript of a year",
            description = "Completed courses of the year with their JP, whether the yearly minimum (20 JP by default)"
            + " is met, and the projection with the confirmed sessions of the year not yet decided. ADMIN reads"
            + " anyone, a UNIT_ADMIN the participants of their unit, a SUPERVISOR their direct subordinates, everyone"
            + " their own; anyone else gets 404, whether or not the number is registered. 400 for a number that is"
            + " not 18 digits or a year out of range.")
    @APIResponse(responseCode = "200", description = "The transcript",
            content = @Content(schema = @Schema(implementation = TranscriptView.class)))
    public TranscriptView transcript(
            @PathParam("nip") @Parameter(description = NIP_PARAMETER, example = ParticipantResource.NIP_EXAMPLE)
            String nip,
            @QueryParam("year") @Pattern(regexp = YEAR) @Parameter(description = YEAR_PARAMETER, example = "2026",
                    schema = @Schema(type = SchemaType.INTEGER)) String year) {
        return TranscriptView.of(service.transcript(nip, year == null ? null : Integer.valueOf(year)));
    }

    @GET
    @Path("siasn-courses")
    @Produces({MediaType.APPLICATION_JSON, SiasnExport.CSV})
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.UNIT_ADMIN, Roles.SUPERVISOR, Roles.PARTICIPANT})
    @Operation(operationId = "exportParticipantSiasnCourses", summary = "Export a participant's completed courses"
            + " for SIASN",
            description = "The participant's completed courses of the year (by session end) in the body shape of"
            + " SIASN's course record, as a JSON array or, with `Accept: text/csv`, RFC 4180 CSV in UTF-8 with a"
            + " header row. jenisDiklatId comes from the editable mapping (GET /api/v1/siasn/training-types). Access"
            + " as for the transcript, and INTEGRATION reads every export.")
    @APIResponse(responseCode = "200", description = "The course records, oldest first",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SiasnCourseView.class)),
                @Content(mediaType = SiasnExport.CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = SiasnExport.CSV_EXAMPLE))})
    public Response siasnCourses(
            @PathParam("nip") @Parameter(description = NIP_PARAMETER, example = ParticipantResource.NIP_EXAMPLE)
            String nip,
            @QueryParam("year") @Pattern(regexp = YEAR) @Parameter(description = YEAR_PARAMETER, example = "2026",
                    schema = @Schema(type = SchemaType.INTEGER)) String year,
            @Context HttpHeaders headers) {
        Integer chosen = year == null ? null : Integer.valueOf(year);
        return SiasnExport.of(service.siasnCoursesOfPerson(nip, chosen), headers,
                "siasn-courses-" + nip.strip() + (year == null ? "" : "-" + year));
    }
}
