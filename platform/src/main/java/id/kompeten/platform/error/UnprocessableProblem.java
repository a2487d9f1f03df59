package id.kompeten.platform.error;

import java.util.List;

/** 422: well-formed input that cannot be processed, e.g. an {@code Idempotency-Key} reused with a different body. */
public class UnprocessableProblem extends ApiProblem {

    public UnprocessableProblem(String messageKey, Object... args) {
        super(422, "unprocessable", messageKey, args, List.of());
    }
}
