package id.kompeten.evaluation.service;

import id.kompeten.evaluation.domain.JpCompliance;
import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.domain.SkmResult;
import id.kompeten.evaluation.domain.TrainingEffect;
import java.util.List;

/**
 * An agency's service units in a period: each unit's SKM result in the period and in the one before, its operational
 * figures, and its parent unit's staff figures; the agency's totals; the competencies most staff are below standard
 * on across the agency; the courses its staff completed, ranked by their measured effect on its units (L4).
 */
public record DashboardOverview(String agency, Period period, Period previousPeriod, List<UnitLine> units,
        Totals totals, List<StaffReport.Gap> topGaps, List<TrainingEffect.CourseEffect> courses) {

    /** One service unit; operations null when no month of the period has a record. */
    public record UnitLine(String code, String name, String parentUnitCode, SkmResult skm, SkmResult previousSkm,
            OperationsSummary operations, StaffReport.Unit staff) {
    }

    /**
     * @param skm        all units' responses of the period together (the agency's index from the summed scores)
     * @param staff      distinct active staff of the units' parent units
     * @param compliance of those staff
     */
    public record Totals(int units, SkmResult skm, SkmResult previousSkm, long staff, JpCompliance compliance) {
    }
}
