package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.OperationsImportService;
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

/** Bulk import of monthly operational records from a spreadsheet (CSV) or another system (JSON). */
@Path("/api/v1/service-units/operations/import")
@Tag(name = "Service units")
public class OperationsImportResource {

    private static final String CSV_EXAMPLE = """
            serviceUnitCode,period,transactions,meanWaitingMinutes,meanProcessingMinutes,complaintsReceived,complaintsResolved
            DISDUKCAPIL-SIBOLGA-LOKET,2026-10,1040,14.5,22.25,4,4
            DISDUKCAPIL-SIBOLGA-LOKET,2026-11,980,12,21,3,2
            """;
    private static final String JSON_EXAMPLE = """
            [{"serviceUnitCode": "DISDUKCAPIL-SIBOLGA-LOKET", "period": "2026-10", "transactions": 1040,
              "meanWaitingMinutes": 14.5, "meanProcessingMinutes": 22.25, "complaintsReceived": 4,
              "complaintsResolved": 4}]""";
    private static final String REPORT_EXAMPLE = """
            {"dryRun": false, "written": 1, "failed": 1, "rows": [
              {"row": 1, "serviceUnitCode": "DISDUKCAPIL-SIBOLGA-LOKET", "period": "2026-10", "status": "CREATED",
               "version": 0, "errors": []},
              {"row": 2, "serviceUnitCode": "DISDUKCAPIL-SIBOLGA-LOKET", "period": "2026-11", "status": "FAILED",
               "version": null, "errors": [{"field": "complaintsResolved",
               "message": "must not exceed the complaints received (3)"}]}]}""";

    private final OperationsImportReader reader;
    private final OperationsImportService service;

    OperationsImportResource(OperationsImportReader reader, OperationsImportService service) {
        this.reader = reader;
        this.service = service;
    }

    @POST
    @Consumes({SurveyCsvReader.CSV, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.UNIT_ADMIN})
    @Operation(operationId = "importOperationalRecords", summary = "Import monthly operational records",
            description = "Sets many months' records at once, e.g. from the queueing system's monthly export. One row"
            + " per unit and month: text/csv (UTF-8, a header naming the columns serviceUnitCode, period,"
            + " transactions, meanWaitingMinutes, meanProcessingMinutes, complaintsReceived, complaintsResolved in"
            + " any order) or application/json (an array of objects with the same fields). Each row creates the"
            + " month's record or replaces it (no If-Match: the import is the reference). Every row is checked like a"
            + " PUT (period a month, counts from 0, minutes from 0 with up to two decimals, resolved at most received),"
            + " for a unit the caller may write (ADMIN and INTEGRATION any, a UNIT_ADMIN those of their unit) and once"
            + " per unit and month; a failed row is not written (status FAILED with its errors), the others are, in"
            + " one transaction. dryRun=true only checks. At most 5,000 rows"
            + " (kompeten.service-quality.operations-import-max-rows) and 5 MB per request.")
    @RequestBody(content = {
        @Content(mediaType = SurveyCsvReader.CSV, schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "csv", summary = "Two months", value = CSV_EXAMPLE)),
        @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(type = SchemaType.ARRAY, implementation = OperationsImportLineRequest.class),
                examples = @ExampleObject(name = "json", summary = "One month", value = JSON_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "What became of each row",
            content = @Content(schema = @Schema(implementation = OperationsImportReport.class),
                    examples = @ExampleObject(name = "one row failed", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "415", description = "The body is neither text/csv nor application/json",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Another request created one of the records during the import;"
            + " nothing was written", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "Problem")))
    public OperationsImportReport importRecords(byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(description = "id or en: the language of the"
                    + " per-row messages in the report", example = "id") String acceptLanguage,
            @QueryParam("dryRun") @Pattern(regexp = "true|false") @Parameter(description = "true: check every row,"
                    + " write nothing", schema = @Schema(type = SchemaType.BOOLEAN)) String dryRun) {
        boolean csv = !MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE);
        Messages messages = Messages.forLocale(Languages.fromAcceptLanguage(acceptLanguage));
        return OperationsImportReport.of(service.importRecords(reader.read(csv, body, service.maxRows(), messages),
                Boolean.parseBoolean(dryRun), messages));
    }
}
