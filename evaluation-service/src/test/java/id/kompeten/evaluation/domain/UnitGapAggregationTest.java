package id.kompeten.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.evaluation.domain.UnitGapAggregation.Member;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked example of the unit view (also in docs/domain.md). */
class UnitGapAggregationTest {

    @Test
    void eachMemberIsMeasuredAgainstTheirOwnPositionAndMeansAreOverTheStaffMeasured() {
        Map<String, List<StandardRequirement>> standards = Map.of(
                "LOKET", List.of(new StandardRequirement("A", 3), new StandardRequirement("C", 2)),
                "OPERATOR", List.of(new StandardRequirement("A", 2), new StandardRequirement("B", 4)));
        List<Member> staff = List.of(new Member("1", "Ani", "LOKET"), new Member("2", "Budi", "LOKET"),
                new Member("3", "Citra", "LOKET"), new Member("4", "Dedi", "OPERATOR"),
                new Member("5", "Eka", "SOPIR"));
        Map<String, Map<String, Integer>> levels = Map.of(
                "1", Map.of("A", 1, "C", 2),
                "2", Map.of("A", 3),
                "3", Map.of("A", 4, "C", 3),
                "4", Map.of("A", 2, "B", 1));

        UnitGapAggregation.Result result = UnitGapAggregation.aggregate(staff, standards, levels);

        assertEquals(5, result.staff());
        assertEquals(4, result.staffWithStandard());
        assertEquals(1, result.staffWithoutStandard());
        assertEquals(List.of("SOPIR"), result.positionsWithoutStandard());
        // A: 4 measured, Ani below (gap 2) → 2/4; B: Dedi alone, gap 3; C: 3 measured, Budi below (gap 2) → 2/3.
        // One below standard each, so the largest mean gap first.
        assertEquals(List.of(
                new UnitGapAggregation.CompetencyTotals("B", 1, 1, new BigDecimal("3.00")),
                new UnitGapAggregation.CompetencyTotals("C", 3, 1, new BigDecimal("0.67")),
                new UnitGapAggregation.CompetencyTotals("A", 4, 1, new BigDecimal("0.50"))), result.competencies());
        assertEquals(List.of("4:3", "1:2", "2:2", "3:0", "5:-"), result.people().stream()
                .map(person -> person.nip() + ":" + (person.hasStandard() ? person.totalGap() : "-")).toList());
        assertEquals(new UnitGapAggregation.PersonTotals("1", "Ani", "LOKET", true, 2, 1, 2), result.people().get(1));
    }

    @Test
    void aUnitWithoutStaffHasNothingToMeasure() {
        UnitGapAggregation.Result result = UnitGapAggregation.aggregate(List.of(), Map.of(), Map.of());
        assertEquals(0, result.staff());
        assertEquals(List.of(), result.competencies());
    }
}
