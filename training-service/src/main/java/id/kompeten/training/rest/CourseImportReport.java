package id.kompeten.training.rest;

import id.kompeten.training.service.CourseImportResult;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to POST /api/v1/courses:import: what became of each row. */
@Schema(name = "CourseImportReport")
public record CourseImportReport(
        @Schema(description = "Courses written (as DRAFTs); 0 for a dry run and when nothing was written because a row"
                + " failed") int imported,
        @Schema(description = "Rows with at least one error") int failed,
        @Schema(description = "Every data row, in file order") List<Row> rows) {

    public static CourseImportReport of(CourseImportResult result) {
        return new CourseImportReport(result.imported(), result.failed(), result.rows().stream()
                .map(row -> new Row(row.row(), row.code(), Status.valueOf(row.status().name()), row.id(),
                        row.errors().stream().map(error -> new Error(error.field(), error.message())).toList()))
                .toList());
    }

    public enum Status {
        /** Written as a DRAFT course. */
        IMPORTED,
        /** Has errors; not written. */
        FAILED,
        /** Passed every check but was not written: a dry run, or another row failed and partial was not asked for. */
        VALID
    }

    @Schema(name = "CourseImportRow")
    public record Row(
            @Schema(description = "1-based number of the data row (the CSV header and blank lines do not count; in a"
                    + " JSON array, the element's position)", example = "1") int row,
            @Schema(description = "The course code the row gives, as written; null when the row gives none",
                    example = "KOMPUB-2027", nullable = true) String code,
            Status status,
            @Schema(description = "Id of the course created from this row; null unless IMPORTED", nullable = true)
            String id,
            @Schema(description = "What is wrong with the row (FAILED only): the field (JSON path, or the CSV column)"
                    + " and a message in the request's language") List<Error> errors) {
    }

    @Schema(name = "CourseImportError")
    public record Error(@Schema(example = "competencies[0].code") String field,
            @Schema(example = "no competency with code 'KOMUNIKASI-PUBLIK'") String message) {
    }
}
