package id.kompeten.evaluation.service;

import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.domain.SkmResult;
import id.kompeten.evaluation.domain.TrainingEffect;
import java.util.List;

/**
 * A service unit's scorecard: its service quality over the last complete periods, and its parent unit's staff this
 * year.
 *
 * @param year            the calendar year (agency zone) of the staff figures
 * @param staff           the parent unit's figures
 * @param trainingEffects the unit's L4 figures: each session that treated it, against its comparison group
 */
public record Scorecard(String code, String name, String agency, String parentUnitCode, Period.Kind granularity,
        List<PeriodFigures> periods, int year, StaffReport.Unit staff, List<StaffReport.Gap> topGaps,
        List<TrainingEffect.UnitSessionEffect> trainingEffects) {

    /** One period of the trend; operations null when no month of it has a record. */
    public record PeriodFigures(Period period, SkmResult skm, OperationsSummary operations) {
    }
}
