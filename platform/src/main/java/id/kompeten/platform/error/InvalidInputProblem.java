package id.kompeten.platform.error;

import java.util.List;

/**
 * 400 with field errors, for rules that bean validation cannot express (cross-field or database-backed checks, such
 * as "end date before start date" or "unknown competency code"). Same body shape as a bean-validation failure.
 */
public class InvalidInputProblem extends ApiProblem {

    public InvalidInputProblem(List<FieldError> errors) {
        super(400, "validation", "problem.validation.detail", new Object[0], errors);
    }

    public InvalidInputProblem(String field, String messageKey, Object... args) {
        this(List.of(new FieldError(field, messageKey, args)));
    }
}
