package id.kompeten.platform.error;

import java.util.List;

/** 409: the request clashes with the current state (duplicate code, wrong lifecycle state, full capacity, ...). */
public class ConflictProblem extends ApiProblem {

    public ConflictProblem(String messageKey, Object... args) {
        super(409, "conflict", messageKey, args, List.of());
    }

    /** A conflict of its own problem type, for clients that must tell it apart (e.g. one worth a plain retry). */
    protected ConflictProblem(String type, String messageKey, Object[] args) {
        super(409, type, messageKey, args, List.of());
    }
}
