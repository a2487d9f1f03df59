package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.service.ParticipantImportResult;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to POST /api/v1/participants:import: what became of each row. */
@Schema(name = "ParticipantImportReport")
public record ParticipantImportReport(
        @Schema(description = "Participants registered; 0 for a dry run and when nothing was written because a row"
                + " failed") int imported,
        @Schema(description = "Rows with at least one error") int failed,
        @Schema(description = "Every data row, in file order") List<Row> rows) {

    public static ParticipantImportReport of(ParticipantImportResult result) {
        return new ParticipantImportReport(result.imported(), result.failed(), result.rows().stream()
                .map(row -> new Row(row.row(), row.nip(), Status.valueOf(row.status().name()),
                        row.errors().stream().map(error -> new Error(error.field(), error.message())).toList()))
                .toList());
    }

    public enum Status {
        /** Registered. */
        IMPORTED,
        /** Has errors; not registered. */
        FAILED,
        /** Passed every check but was not written: a dry run, or another row failed and partial was not asked for. */
        VALID
    }

    @Schema(name = "ParticipantImportRow")
    public record Row(
            @Schema(description = "1-based number of the data row (the CSV header and blank lines do not count; in a"
                    + " JSON array, the element's position)", example = "1") int row,
            @Schema(description = "The number the row gives, without the printed grouping's spaces: the participant's"
                    + " id once IMPORTED; null when the row gives none", example = "198703122010011004",
                    nullable = true) String nip,
            Status status,
            @Schema(description = "What is wrong with the row (FAILED only): the field (JSON field, or CSV column) and"
                    + " a message in the request's language; a number may have several") List<Error> errors) {
    }

    @Schema(name = "ParticipantImportError")
    public record Error(@Schema(example = "nip") String field,
            @Schema(example = "digits 1-8 (birth date, YYYYMMDD) '19870230' are not a real date") String message) {
    }
}
