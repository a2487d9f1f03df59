package id.kompeten.evaluation.service;

import id.kompeten.catalogreplica.CompetencyReplica;
import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.domain.SkmResult;
import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's service quality in a period: its SKM result, its operational figures (null when none reported), its staff's
 * levels in its key competencies (now) and its parent unit's training record over the period.
 */
public record ServiceQuality(String serviceUnitCode, Period period, SkmResult skm, OperationsSummary operations,
        List<StaffCompetency> staffCompetencies, UnitTrainingRecord training) {

    /**
     * The parent unit's active staff in one key competency: the mean current level over those with a level (two
     * decimals half-up; null when none has one).
     *
     * @param competency the catalogue copy's record; null while it lacks the competency
     */
    public record StaffCompetency(String competencyCode, CompetencyReplica competency, BigDecimal meanLevel,
            int staffWithLevel, int activeStaff) {
    }
}
