package id.kompeten.training.service;

import id.kompeten.platform.error.Problem;
import java.util.List;

/**
 * What became of each row of an import.
 *
 * @param imported courses written (as DRAFTs)
 * @param failed   rows with at least one error
 */
public record CourseImportResult(int imported, int failed, List<Row> rows) {

    public enum Status {
        /** Written as a DRAFT course. */
        IMPORTED,
        /** Has errors; not written. */
        FAILED,
        /** Passed every check but was not written: a dry run, or another row failed and partial was not asked for. */
        VALID
    }

    /** One row: its number, the code it gives, its fate, the new course's id (IMPORTED) or its errors (FAILED). */
    public record Row(int row, String code, Status status, String id, List<Problem.FieldMessage> errors) {
    }
}
