package id.kompeten.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What training a unit needs, from two sources. Plain Java.
 * <ul>
 * <li>Its service units' SKM over a period: an element is <em>weak</em> when its own converted score NRR × 25 (two
 * decimals half-up, as the index is graded) is below grade B (76.61); weakest first (exact comparison of the sums,
 * ties in the regulation's order). Each weak element names the competencies the agency's map gives it.</li>
 * <li>Its staff's gaps against their position standards: every competency with at least one member below
 * standard.</li>
 * </ul>
 * Order: competencies both sources name first, then those only the survey names, then those only the gaps name
 * (citizens' judgement of the service outranks the staff's own standards); within each, by the weakest element that
 * names it and its place in that element's list, then most staff below standard, the largest mean gap, the code.
 */
public final class TrainingNeeds {

    /** Lowest converted score of grade B: below it an element is weak. */
    public static final BigDecimal GOOD = new BigDecimal("76.61");
    private static final BigDecimal CONVERSION = BigDecimal.valueOf(25);

    private TrainingNeeds() {
    }

    /** A weak element: its mean score (four decimals), converted score (two decimals) and that score's grade. */
    public record WeakElement(SkmElement element, BigDecimal nrr, BigDecimal score, SkmGrade grade) {
    }

    /** A competency to develop: the weak elements naming it (weakest first) and the staff's gap, either may be absent. */
    public record Need(String competencyCode, List<WeakElement> elements, UnitGapAggregation.CompetencyTotals gap) {

        public boolean fromSurvey() {
            return !elements.isEmpty();
        }

        public boolean fromGaps() {
            return gap != null;
        }
    }

    /** The weak elements of an SKM result, weakest first; none without responses. */
    public static List<WeakElement> weakElements(SkmResult skm) {
        List<WeakElement> weak = new ArrayList<>();
        for (SkmElement element : skm.weakestFirst()) {
            BigDecimal score = BigDecimal.valueOf(skm.sum(element)).multiply(CONVERSION)
                    .divide(BigDecimal.valueOf(skm.respondents()), SkmResult.IKM_SCALE, RoundingMode.HALF_UP);
            if (score.compareTo(GOOD) < 0) {
                weak.add(new WeakElement(element, skm.nrr(element), score, SkmGrade.of(score)));
            }
        }
        return weak;
    }

    /**
     * The competencies to develop, in order.
     *
     * @param weak    the weak elements, weakest first
     * @param mapping the agency's element → competency map
     * @param gaps    the unit's per-competency gap totals (those without anyone below standard are ignored)
     */
    public static List<Need> of(List<WeakElement> weak, SkmCompetencyMapping mapping,
            List<UnitGapAggregation.CompetencyTotals> gaps) {
        Map<String, List<WeakElement>> byCompetency = new LinkedHashMap<>();
        // Where the survey ranks a competency: the weakest element naming it, then its place in that element's list.
        Map<String, Integer> weakestRank = new LinkedHashMap<>();
        for (int rank = 0; rank < weak.size(); rank++) {
            WeakElement element = weak.get(rank);
            List<String> codes = mapping.of(element.element());
            for (int place = 0; place < codes.size(); place++) {
                byCompetency.computeIfAbsent(codes.get(place), key -> new ArrayList<>()).add(element);
                weakestRank.putIfAbsent(codes.get(place), rank * SkmCompetencyMapping.MAX_PER_ELEMENT + place);
            }
        }
        Map<String, UnitGapAggregation.CompetencyTotals> gapOf = new LinkedHashMap<>();
        for (UnitGapAggregation.CompetencyTotals gap : gaps) {
            if (gap.belowStandard() > 0) {
                gapOf.put(gap.competencyCode(), gap);
            }
        }
        List<Need> needs = new ArrayList<>();
        byCompetency.forEach((code, elements) -> needs.add(new Need(code, List.copyOf(elements), gapOf.get(code))));
        gapOf.forEach((code, gap) -> {
            if (!byCompetency.containsKey(code)) {
                needs.add(new Need(code, List.of(), gap));
            }
        });
        needs.sort(Comparator
                .comparingInt((Need need) -> need.fromSurvey() && need.fromGaps() ? 0 : need.fromSurvey() ? 1 : 2)
                .thenComparingInt(need -> weakestRank.getOrDefault(need.competencyCode(), Integer.MAX_VALUE))
                .thenComparingInt(need -> need.gap() == null ? 0 : -need.gap().belowStandard())
                .thenComparing(need -> need.gap() == null ? BigDecimal.ZERO : need.gap().meanGap(),
                        Comparator.reverseOrder())
                .thenComparing(Need::competencyCode));
        return List.copyOf(needs);
    }
}
