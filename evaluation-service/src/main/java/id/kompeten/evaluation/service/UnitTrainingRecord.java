package id.kompeten.evaluation.service;

import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.domain.UnitTrainingFigures;
import java.time.YearMonth;
import java.util.List;

/**
 * A unit's training record over a period: the period's figures and each month's.
 *
 * @param activeStaff the unit's active staff in the employee replica now (the trained share's denominator)
 */
public record UnitTrainingRecord(String unitCode, Period period, long activeStaff, UnitTrainingFigures totals,
        List<Month> months) {

    /** One month of the period. */
    public record Month(YearMonth month, UnitTrainingFigures figures) {
    }
}
