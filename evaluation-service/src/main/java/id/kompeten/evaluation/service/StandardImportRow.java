package id.kompeten.evaluation.service;

import id.kompeten.platform.error.Problem;
import java.util.List;

/**
 * One row of a standards import as read from the file.
 *
 * @param row    1-based number of the data row
 * @param line   the row's values; null when the row could not be read as one ({@code errors} says why)
 * @param errors what was wrong with reading the cells (a level that is not a number, ...), in the report's language
 */
public record StandardImportRow(int row, StandardImportLine line, List<Problem.FieldMessage> errors) {

    public StandardImportRow {
        errors = List.copyOf(errors);
    }
}
