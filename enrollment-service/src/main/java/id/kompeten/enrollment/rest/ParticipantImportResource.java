package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.service.ParticipantImportService;
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

/** Bulk registration of participants from a spreadsheet (CSV) or the personnel system (JSON). */
@Path("/api/v1/participants:import")
@Tag(name = "Participants")
public class ParticipantImportResource {

    private static final String CSV_EXAMPLE = """
            nip,name,email,phone,employeeType,agency,unitCode,positionCode,positionName,supervisorNip
            198703122010011004,Budi Santoso Hutagalung,budi.hutagalung@sibolgakota.go.id,+62 812 6543 2109,PNS,\
            Pemerintah Kota Sibolga,DISDUKCAPIL-SIBOLGA,PENGADMINISTRASI-LAYANAN,Pengadministrasi Layanan \
            Kependudukan,197806302003122001
            199105172022212006,Rina Marpaung,,,PPPK,Pemerintah Kota Sibolga,DISDUKCAPIL-SIBOLGA,\
            PRANATA-KOMPUTER,Pranata Komputer Ahli Pertama,197806302003122001
            """;

    private static final String JSON_EXAMPLE = """
            [{"nip": "198703122010011004", "name": "Budi Santoso Hutagalung",
              "email": "budi.hutagalung@sibolgakota.go.id", "phone": "+62 812 6543 2109", "employeeType": "PNS",
              "agency": "Pemerintah Kota Sibolga", "unitCode": "DISDUKCAPIL-SIBOLGA",
              "positionCode": "PENGADMINISTRASI-LAYANAN", "positionName": "Pengadministrasi Layanan Kependudukan",
              "supervisorNip": "197806302003122001"}]""";

    private static final String REPORT_EXAMPLE = """
            {
              "imported": 0,
              "failed": 1,
              "rows": [
                {"row": 1, "nip": "198703122010011004", "status": "VALID", "errors": []},
                {"row": 2, "nip": "198702302010013004", "status": "FAILED",
                 "errors": [
                   {"field": "nip", "message": "digits 1-8 (birth date, YYYYMMDD) '19870230' are not a date"},
                   {"field": "nip", "message": "digit 15 (gender) must be 1 (male) or 2 (female), not '3'"}]}
              ]
            }""";

    private final ParticipantImportReader reader;
    private final ParticipantImportService service;

    ParticipantImportResource(ParticipantImportReader reader, ParticipantImportService service) {
        this.reader = reader;
        this.service = service;
    }

    @POST
    @Consumes({ParticipantImportReader.CSV, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.UNIT_ADMIN})
    @Operation(operationId = "importParticipants", summary = "Import participants",
            description = "Registers many participants at once, e.g. a unit's staff list. Send text/csv (UTF-8, a"
            + " header row naming the columns nip, name, email, phone, employeeType, agency, unitCode, positionCode,"
            + " positionName, supervisorNip in any order; all but email, phone and supervisorNip are required; quote"
            + " cells that hold commas; keep the number columns as text in the spreadsheet, or it turns them into"
            + " 1.98703E+17) or application/json (an array of the bodies of POST /participants). Every row is checked"
            + " like a single registration (a UNIT_ADMIN's rows must be of their unit) and its number against the"
            + " other rows and the register: the import registers, it does not update. The answer reports each row:"
            + " IMPORTED, FAILED with its errors (every fault of a number, with its reason), or VALID (passed but not"
            + " written). If any row fails nothing is written, unless partial=true; dryRun=true only checks. At most"
            + " 5,000 rows (kompeten.participants.import-max-rows) and 5 MB per request. A file that cannot be read at"
            + " all (a quote never closed, a row with another number of cells than the header, an unknown column) is"
            + " a 400 naming the row or the header. Send the colon in the path as it is: percent-encoded"
            + " (participants%3Aimport) it names another path (RFC 3986, section 2.2).")
    @RequestBody(content = {
        @Content(mediaType = ParticipantImportReader.CSV, schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "csv", summary = "A PNS and a PPPK of one unit", value = CSV_EXAMPLE)),
        @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(type = SchemaType.ARRAY, implementation = ParticipantRequest.class),
                examples = @ExampleObject(name = "json", summary = "One participant", value = JSON_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "What became of each row",
            content = @Content(schema = @Schema(implementation = ParticipantImportReport.class),
                    examples = @ExampleObject(name = "one row failed", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "415", description = "The body is neither text/csv nor application/json",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Another request registered one of the numbers during the"
            + " import; nothing was written", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "Problem")))
    public ParticipantImportReport importParticipants(byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(description = "id or en: the language of the"
                    + " per-row messages in the report", example = "id") String acceptLanguage,
            @QueryParam("partial") @Pattern(regexp = "true|false") @Parameter(description = "true: register the valid"
                    + " rows even when others fail", schema = @Schema(type = SchemaType.BOOLEAN)) String partial,
            @QueryParam("dryRun") @Pattern(regexp = "true|false") @Parameter(description = "true: check every row,"
                    + " write nothing", schema = @Schema(type = SchemaType.BOOLEAN)) String dryRun) {
        boolean csv = !MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE);
        Messages messages = Messages.forLocale(Languages.fromAcceptLanguage(acceptLanguage));
        return ParticipantImportReport.of(service.importParticipants(
                reader.read(csv, body, service.maxRows(), messages),
                Boolean.parseBoolean(partial), Boolean.parseBoolean(dryRun), messages));
    }
}
