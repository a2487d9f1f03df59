package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.StandardImportResult;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to POST /api/v1/positions/competency-standards/import: what became of each position and row. */
@Schema(name = "PositionStandardImportReport")
public record StandardImportReport(
        @Schema(description = "True when nothing was written on purpose (dryRun=true)") boolean dryRun,
        @Schema(description = "Standards created or replaced", example = "1") int positionsWritten,
        @Schema(description = "Positions not written because at least one of their rows failed", example = "1")
        int positionsFailed,
        @Schema(description = "Rows with at least one error", example = "1") int rowsFailed,
        @Schema(description = "Every position of the file, by code") List<Position> positions,
        @Schema(description = "Every data row, in file order") List<Row> rows) {

    static StandardImportReport of(StandardImportResult result) {
        return new StandardImportReport(result.dryRun(), result.positionsWritten(), result.positionsFailed(),
                result.rowsFailed(),
                result.positions().stream().map(position -> new Position(position.positionCode(),
                        position.status(), position.rows(), position.failedRows(), position.version())).toList(),
                result.rows().stream().map(row -> new Row(row.row(), row.positionCode(), row.competencyCode(),
                        row.status(), row.errors().stream().map(error -> new Error(error.field(), error.message()))
                                .toList())).toList());
    }

    @Schema(name = "PositionStandardImportPosition")
    public record Position(
            @Schema(example = "PENGADMINISTRASI-LAYANAN") String positionCode,
            @Schema(description = "CREATED or REPLACED: written; UNCHANGED: the rows give the standard the position"
                    + " has; FAILED: not written because of the failedRows (an existing standard stays as it was);"
                    + " VALID: dry run, would be written") StandardImportResult.PositionStatus status,
            @Schema(description = "The position's rows") List<Integer> rows,
            @Schema(description = "Those of its rows that failed") List<Integer> failedRows,
            @Schema(description = "The standard's version (ETag) now; null unless CREATED, REPLACED or UNCHANGED",
                    nullable = true, example = "2") Long version) {
    }

    @Schema(name = "PositionStandardImportRow")
    public record Row(
            @Schema(description = "1-based number of the data row (the CSV header and blank lines do not count; in a"
                    + " JSON array, the element's position)", example = "1") int row,
            @Schema(description = "As written; null when the row gives none", example = "PENGADMINISTRASI-LAYANAN",
                    nullable = true) String positionCode,
            @Schema(description = "As written; null when the row gives none", example = "PELAYANAN-PRIMA",
                    nullable = true) String competencyCode,
            @Schema(description = "IMPORTED: part of a written (or unchanged) standard; FAILED: has errors; VALID:"
                    + " passed, but not written (dry run, or another row of its position failed)")
            StandardImportResult.RowStatus status,
            @Schema(description = "What is wrong with the row (FAILED only): the field (JSON field, or CSV column)"
                    + " and a message in the request's language") List<Error> errors) {
    }

    @Schema(name = "PositionStandardImportError")
    public record Error(@Schema(example = "competencyCode") String field,
            @Schema(example = "no competency with code 'PELAYANAN-PRIMAA' in the catalogue") String message) {
    }
}
