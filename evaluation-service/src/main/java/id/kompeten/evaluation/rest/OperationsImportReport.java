package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.OperationsImportResult;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to POST /api/v1/service-units/operations/import: what became of each row. */
@Schema(name = "OperationalRecordImportReport")
public record OperationsImportReport(
        @Schema(description = "True when nothing was written on purpose (dryRun=true)") boolean dryRun,
        @Schema(description = "Records created or replaced", example = "1") int written,
        @Schema(description = "Rows with at least one error, not written", example = "1") int failed,
        @Schema(description = "Every data row, in file order") List<Row> rows) {

    static OperationsImportReport of(OperationsImportResult result) {
        return new OperationsImportReport(result.dryRun(), result.written(), result.failed(),
                result.rows().stream().map(row -> new Row(row.row(), row.serviceUnitCode(), row.period(),
                        row.status(), row.version(), row.errors().stream()
                                .map(error -> new Error(error.field(), error.message())).toList())).toList());
    }

    @Schema(name = "OperationalRecordImportRow")
    public record Row(
            @Schema(description = "1-based number of the data row (the CSV header and blank lines do not count; in a"
                    + " JSON array, the element's position)", example = "1") int row,
            @Schema(description = "As written; null when the row gives none", example = "DISDUKCAPIL-SIBOLGA-LOKET",
                    nullable = true) String serviceUnitCode,
            @Schema(description = "As written; null when the row gives none", example = "2026-10", nullable = true)
            String period,
            @Schema(description = "CREATED or REPLACED: written; UNCHANGED: the record already held these figures;"
                    + " FAILED: has errors, not written; VALID: dry run, would be written")
            OperationsImportResult.Status status,
            @Schema(description = "The record's version (ETag) now; null unless CREATED, REPLACED or UNCHANGED",
                    nullable = true, example = "0") Long version,
            @Schema(description = "What is wrong with the row (FAILED only): the field and a message in the request's"
                    + " language") List<Error> errors) {
    }

    @Schema(name = "OperationalRecordImportError")
    public record Error(@Schema(example = "complaintsResolved") String field,
            @Schema(example = "must not exceed the complaints received (3)") String message) {
    }
}
