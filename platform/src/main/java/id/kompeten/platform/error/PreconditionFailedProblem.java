package id.kompeten.platform.error;

import java.util.List;

/** 412: the client's {@code If-Match} names a version that is no longer current. */
public class PreconditionFailedProblem extends ApiProblem {

    public PreconditionFailedProblem(String currentEtag) {
        super(412, "precondition-failed", "problem.precondition-failed.detail", new Object[] {currentEtag}, List.of());
    }
}
