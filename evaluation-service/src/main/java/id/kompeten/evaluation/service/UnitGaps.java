package id.kompeten.evaluation.service;

import id.kompeten.evaluation.domain.UnitGapAggregation;
import java.util.List;

/**
 * A unit's active staff, each against their own position's standard (see {@link UnitGapAggregation}), with the
 * competencies' names from the catalogue replica (null when it does not hold one).
 */
public record UnitGaps(String unitCode, String positionFilter, UnitGapAggregation.Result totals,
        List<CompetencyName> names) {

    public record CompetencyName(String code, String nameId, String nameEn) {
    }
}
