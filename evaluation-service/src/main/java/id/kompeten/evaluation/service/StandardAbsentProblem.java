package id.kompeten.evaluation.service;

import id.kompeten.platform.error.ApiProblem;
import java.util.List;

/**
 * 412: a replacement sent If-Match, but the position has no standard (any more): the client meant to change a
 * version that no longer exists (RFC 9110, 13.1.1), so nothing is created behind its back.
 */
public class StandardAbsentProblem extends ApiProblem {

    public StandardAbsentProblem(String positionCode) {
        super(412, "precondition-failed", "problem.position-standard.absent.detail", new Object[] {positionCode},
                List.of());
    }
}
