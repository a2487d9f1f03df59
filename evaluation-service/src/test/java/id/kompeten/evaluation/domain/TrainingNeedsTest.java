package id.kompeten.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingNeedsTest {

    /** n responses whose element sums are 4n except those given. */
    private static SkmResult result(long n, Object... elementAndSum) {
        Map<SkmElement, Long> sums = new EnumMap<>(SkmElement.class);
        for (SkmElement element : SkmElement.values()) {
            sums.put(element, 4 * n);
        }
        for (int i = 0; i < elementAndSum.length; i += 2) {
            sums.put((SkmElement) elementAndSum[i], ((Number) elementAndSum[i + 1]).longValue());
        }
        return new SkmResult(n, sums);
    }

    @Test
    void anElementIsWeakBelowGradeBOnItsOwnTwoDecimalScoreWeakestFirst() {
        // 100 responses: 307 → 76.75 (B, not weak), 306 → 76.50 (C), 250 → 62.50 (D).
        List<TrainingNeeds.WeakElement> weak = TrainingNeeds.weakElements(
                result(100, SkmElement.U3, 307, SkmElement.U8, 306, SkmElement.U7, 250));
        assertEquals(List.of(SkmElement.U7, SkmElement.U8), weak.stream().map(TrainingNeeds.WeakElement::element)
                .toList());
        assertEquals(new BigDecimal("62.50"), weak.get(0).score());
        assertEquals(SkmGrade.D, weak.get(0).grade());
        assertEquals(new BigDecimal("76.50"), weak.get(1).score());
        assertEquals(SkmGrade.C, weak.get(1).grade());
        // 5,000 responses: 15,320 → 76.60 (C, weak); 15,321 → 76.605, rounded half-up to 76.61 (B): the score is
        // rounded before it is graded, as the index is.
        assertEquals(List.of(SkmElement.U7), TrainingNeeds.weakElements(result(5000, SkmElement.U7, 15320)).stream()
                .map(TrainingNeeds.WeakElement::element).toList());
        assertEquals(List.of(), TrainingNeeds.weakElements(result(5000, SkmElement.U7, 15321)));
        assertEquals(List.of(), TrainingNeeds.weakElements(SkmResult.empty()));
    }

    @Test
    void bothSourcesFirstThenTheSurveysByWeaknessAndListPlaceThenTheGapsByStaffBelow() {
        SkmCompetencyMapping mapping = new SkmCompetencyMapping(Map.of(
                SkmElement.U7, List.of("KOM", "PRIMA"), SkmElement.U3, List.of("SIAK", "PRIMA")));
        List<TrainingNeeds.WeakElement> weak = TrainingNeeds.weakElements(
                result(10, SkmElement.U3, 20, SkmElement.U7, 25)); // U3 50.00 weakest, then U7 62.50
        List<UnitGapAggregation.CompetencyTotals> gaps = List.of(
                new UnitGapAggregation.CompetencyTotals("KOM", 4, 1, new BigDecimal("0.25")),
                new UnitGapAggregation.CompetencyTotals("ETIKA", 4, 3, new BigDecimal("1.00")),
                new UnitGapAggregation.CompetencyTotals("ARSIP", 4, 2, new BigDecimal("1.50")),
                new UnitGapAggregation.CompetencyTotals("MET", 4, 0, BigDecimal.ZERO));
        List<TrainingNeeds.Need> needs = TrainingNeeds.of(weak, mapping, gaps);
        assertEquals(List.of("KOM", "SIAK", "PRIMA", "ETIKA", "ARSIP"),
                needs.stream().map(TrainingNeeds.Need::competencyCode).toList());
        assertEquals(List.of(SkmElement.U3, SkmElement.U7), needs.get(2).elements().stream()
                .map(TrainingNeeds.WeakElement::element).toList());
    }
}
