package id.kompeten.enrollment.service;

import id.kompeten.platform.error.Problem;
import java.util.List;

/**
 * What became of each row of an import.
 *
 * @param imported participants registered
 * @param failed   rows with at least one error
 */
public record ParticipantImportResult(int imported, int failed, List<Row> rows) {

    public enum Status {
        /** Registered. */
        IMPORTED,
        /** Has errors; not registered. */
        FAILED,
        /** Passed every check but was not written: a dry run, or another row failed and partial was not asked for. */
        VALID
    }

    /** One row: its number, the NIP it gives (canonical), its fate and its errors (FAILED only). */
    public record Row(int row, String nip, Status status, List<Problem.FieldMessage> errors) {
    }
}
