package id.kompeten.training.service;

import id.kompeten.platform.error.Problem;
import java.util.List;

/**
 * One course of an import as read from the file, before any check.
 *
 * @param row     1-based number of the data row
 * @param code    the code as written, for the report; null when absent
 * @param request the row as a create body; null when it could not be read as one (then {@code errors} says why)
 * @param errors  what was wrong with reading the cells (not a number, unknown method, ...), in the report's language
 */
public record CourseImportRow(int row, String code, NewCourse request, List<Problem.FieldMessage> errors) {

    public CourseImportRow {
        errors = List.copyOf(errors);
    }
}
