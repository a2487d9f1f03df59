package id.kompeten.platform.error;

import java.util.List;

/** 428: an update came without the {@code If-Match} header it needs for optimistic locking. */
public class PreconditionRequiredProblem extends ApiProblem {

    public PreconditionRequiredProblem() {
        super(428, "precondition-required", "problem.precondition-required.detail", new Object[0], List.of());
    }
}
