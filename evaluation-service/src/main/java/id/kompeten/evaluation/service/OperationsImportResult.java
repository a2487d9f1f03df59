package id.kompeten.evaluation.service;

import id.kompeten.platform.error.Problem.FieldMessage;
import java.util.List;

/** What an operational-records import did, row by row. */
public record OperationsImportResult(boolean dryRun, int written, int failed, List<Row> rows) {

    /** CREATED, REPLACED, UNCHANGED: written (or already so); FAILED: has errors, not written; VALID: dry run. */
    public enum Status {
        CREATED, REPLACED, UNCHANGED, FAILED, VALID
    }

    /** @param version the record's version now; null unless written or unchanged */
    public record Row(int row, String serviceUnitCode, String period, Status status, Long version,
            List<FieldMessage> errors) {
    }
}
