package id.kompeten.evaluation.service;

import id.kompeten.platform.error.Problem;
import java.util.List;

/**
 * What became of each position and each row of a standards import.
 *
 * @param positionsWritten standards created or replaced (0 for a dry run)
 * @param positionsFailed  positions not written because at least one of their rows failed
 * @param rowsFailed       rows with at least one error
 */
public record StandardImportResult(boolean dryRun, int positionsWritten, int positionsFailed, int rowsFailed,
        List<Position> positions, List<Row> rows) {

    public enum PositionStatus {
        /** The position had no standard; it has one now. */
        CREATED,
        /** The position's standard was replaced by the rows'. */
        REPLACED,
        /** The rows give exactly the standard the position has; nothing was written. */
        UNCHANGED,
        /** A row of the position failed, so its standard was not written (the existing one, if any, stays). */
        FAILED,
        /** Dry run: every row of the position passed; it would be written. */
        VALID
    }

    public enum RowStatus {
        /** Part of a standard that was written (or found unchanged). */
        IMPORTED,
        /** Has errors. */
        FAILED,
        /** Passed every check but was not written: a dry run, or another row of its position failed. */
        VALID
    }

    /**
     * One position of the file: its fate, its rows, the rows that failed, and the version its standard has now
     * (null unless written or unchanged).
     */
    public record Position(String positionCode, PositionStatus status, List<Integer> rows, List<Integer> failedRows,
            Long version) {
    }

    /** One row: its number, the position and competency it names (as written), its fate and its errors. */
    public record Row(int row, String positionCode, String competencyCode, RowStatus status,
            List<Problem.FieldMessage> errors) {
    }
}
