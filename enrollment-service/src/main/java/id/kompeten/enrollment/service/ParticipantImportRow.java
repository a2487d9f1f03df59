package id.kompeten.enrollment.service;

import id.kompeten.platform.error.Problem;
import java.util.List;

/**
 * One participant of an import as read from the file, before any check.
 *
 * @param row     1-based number of the data row
 * @param nip     the number as written, for the report; null when absent
 * @param request the row as a registration body; null when it could not be read as one ({@code errors} says why)
 * @param errors  what was wrong with reading the cells (unknown employee type, ...), in the report's language
 */
public record ParticipantImportRow(int row, String nip, NewParticipant request, List<Problem.FieldMessage> errors) {

    public ParticipantImportRow {
        errors = List.copyOf(errors);
    }
}
