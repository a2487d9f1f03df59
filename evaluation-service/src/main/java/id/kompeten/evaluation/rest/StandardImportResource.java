package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.StandardImportService;
import id.kompeten.platform.i18n.Languages;
import id.kompeten.platform.i18n.Messages;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk import of position standards from a spreadsheet (CSV) or another system (JSON). */
@Path("/api/v1/positions/competency-standards/import")
@Tag(name = "Position standards")
public class StandardImportResource {

    private static final String CSV_EXAMPLE = """
            positionCode,positionName,competencyCode,minLevel
            PENGADMINISTRASI-LAYANAN,Pengadministrasi Layanan Kependudukan,PELAYANAN-PRIMA,3
            PENGADMINISTRASI-LAYANAN,Pengadministrasi Layanan Kependudukan,SIAK,2
            PERAWAT,Perawat Puskesmas,KOMUNIKASI-PUBLIK,3
            """;

    private static final String JSON_EXAMPLE = """
            [{"positionCode": "PENGADMINISTRASI-LAYANAN", "positionName": "Pengadministrasi Layanan Kependudukan",
              "competencyCode": "PELAYANAN-PRIMA", "minLevel": 3},
             {"positionCode": "PENGADMINISTRASI-LAYANAN", "positionName": null, "competencyCode": "SIAK",
              "minLevel": 2}]""";

    private static final String REPORT_EXAMPLE = """
            {
              "dryRun": false,
              "positionsWritten": 1,
              "positionsFailed": 1,
              "rowsFailed": 1,
              "positions": [
                {"positionCode": "PENGADMINISTRASI-LAYANAN", "status": "REPLACED", "rows": [1, 2], "failedRows": [],
                 "version": 3},
                {"positionCode": "PERAWAT", "status": "FAILED", "rows": [3], "failedRows": [3], "version": null}
              ],
              "rows": [
                {"row": 1, "positionCode": "PENGADMINISTRASI-LAYANAN", "competencyCode": "PELAYANAN-PRIMA",
                 "status": "IMPORTED", "errors": []},
                {"row": 2, "positionCode": "PENGADMINISTRASI-LAYANAN", "competencyCode": "SIAK",
                 "status": "IMPORTED", "errors": []},
                {"row": 3, "positionCode": "PERAWAT", "competencyCode": "KOMUNIKASI-PUBLIK", "status": "FAILED",
                 "errors": [{"field": "minLevel", "message": "must be less than or equal to 5"}]}
              ]
            }""";

    private final StandardImportReader reader;
    private final StandardImportService service;

    StandardImportResource(StandardImportReader reader, StandardImportService service) {
        this.reader = reader;
        this.service = service;
    }

    @POST
    @Consumes({StandardImportReader.CSV, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importPositionStandards", summary = "Import position competency standards",
            description = "Sets many standards at once, e.g. from the agency's job-analysis spreadsheet. One row per"
            + " required competency: text/csv (UTF-8, a header row naming the columns positionCode, positionName,"
            + " competencyCode, minLevel in any order; positionName may be left out or blank) or application/json (an"
            + " array of objects with the same fields). The rows of one position form its standard, which replaces"
            + " the position's standard if it has one (no If-Match: the import is the reference). Every row is checked"
            + " like a requirement of PUT (competency in the catalogue and active, level 1 to 5, once per position);"
            + " a position without a standard needs its name on at least one row, and rows that name it must agree."
            + " A position with any failed row is not written (status FAILED with the failedRows; its existing"
            + " standard stays); the other positions are, in one transaction. dryRun=true only checks. At most 5,000"
            + " rows (kompeten.standards.import-max-rows) and 5 MB per request. A file that cannot be read at all is"
            + " a 400 naming the row or the header.")
    @RequestBody(content = {
        @Content(mediaType = StandardImportReader.CSV, schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "csv", summary = "Two positions", value = CSV_EXAMPLE)),
        @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(type = SchemaType.ARRAY, implementation = StandardImportLineRequest.class),
                examples = @ExampleObject(name = "json", summary = "One position", value = JSON_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "What became of each position and row",
            content = @Content(schema = @Schema(implementation = StandardImportReport.class),
                    examples = @ExampleObject(name = "one position failed", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "415", description = "The body is neither text/csv nor application/json",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Another request created one of the standards during the"
            + " import; nothing was written", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "Problem")))
    public StandardImportReport importStandards(byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(description = "id or en: the language of the"
                    + " per-row messages in the report", example = "id") String acceptLanguage,
            @QueryParam("dryRun") @Pattern(regexp = "true|false") @Parameter(description = "true: check every row,"
                    + " write nothing", schema = @Schema(type = SchemaType.BOOLEAN)) String dryRun) {
        boolean csv = !MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE);
        Messages messages = Messages.forLocale(Languages.fromAcceptLanguage(acceptLanguage));
        return StandardImportReport.of(service.importStandards(reader.read(csv, body, service.maxRows(), messages),
                Boolean.parseBoolean(dryRun), messages));
    }
}
