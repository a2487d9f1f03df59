package id.kompeten.evaluation.service;

import id.kompeten.platform.error.Problem;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row of an operational-records import as read from the file (a CSV row or a JSON element), before any check.
 *
 * @param row    1-based number of the data row
 * @param line   the row's values; null when the row could not be read as one ({@code errors} says why)
 * @param errors what was wrong with reading the cells, in the report's language
 */
public record OperationsImportRow(int row, Line line, List<Problem.FieldMessage> errors) {

    public OperationsImportRow {
        errors = List.copyOf(errors);
    }

    /** One unit's figures of one month; bean-validated by the service. */
    public interface Line {
        String serviceUnitCode();

        String period();

        Integer transactions();

        BigDecimal meanWaitingMinutes();

        BigDecimal meanProcessingMinutes();

        Integer complaintsReceived();

        Integer complaintsResolved();
    }
}
