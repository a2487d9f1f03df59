package id.kompeten.evaluation.service;

import id.kompeten.platform.error.ApiProblem;
import java.util.List;

/** 412: a replacement sent If-Match, but the unit has no record of that month (any more); nothing is created. */
public class OperationsAbsentProblem extends ApiProblem {

    public OperationsAbsentProblem(String unitCode, String month) {
        super(412, "precondition-failed", "problem.operations.absent.detail", new Object[] {unitCode, month},
                List.of());
    }
}
