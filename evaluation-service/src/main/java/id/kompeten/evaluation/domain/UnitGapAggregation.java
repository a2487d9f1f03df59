package id.kompeten.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A unit's staff, each measured against the standard of their own position. Plain Java.
 * <ul>
 * <li>Per competency any of the staff's standards requires: staff measured (those whose standard requires it), how
 * many of them are below the required level (a competency without a profile line counts as level 0), and the mean gap
 * max(0, required − current) over the staff measured, rounded half-up to two decimals. Worst first: most below
 * standard, then the largest mean gap, then by code.</li>
 * <li>Staff whose position has no standard are counted (and listed with their position), not measured.</li>
 * <li>Per person: the number of requirements, how many are below standard, and the total gap; largest total gap
 * first, then by name and NIP; those without a standard last.</li>
 * </ul>
 */
public final class UnitGapAggregation {

    private static final Comparator<CompetencyTotals> WORST_FIRST = Comparator
            .comparingInt((CompetencyTotals totals) -> -totals.belowStandard())
            .thenComparing(CompetencyTotals::meanGap, Comparator.reverseOrder())
            .thenComparing(CompetencyTotals::competencyCode);

    private static final Comparator<PersonTotals> LARGEST_GAP_FIRST = Comparator
            .comparing((PersonTotals person) -> !person.hasStandard())
            .thenComparingInt(person -> -person.totalGap())
            .thenComparing(PersonTotals::name)
            .thenComparing(PersonTotals::nip);

    private UnitGapAggregation() {
    }

    /** A member of staff and their position. */
    public record Member(String nip, String name, String positionCode) {
    }

    public record CompetencyTotals(String competencyCode, int staffMeasured, int belowStandard, BigDecimal meanGap) {
    }

    /** One member's totals; requirements, belowStandard and totalGap are 0 without a standard. */
    public record PersonTotals(String nip, String name, String positionCode, boolean hasStandard, int requirements,
            int belowStandard, int totalGap) {
    }

    public record Result(int staff, int staffWithStandard, int staffWithoutStandard,
            List<String> positionsWithoutStandard, List<CompetencyTotals> competencies, List<PersonTotals> people) {
    }

    /**
     * @param staff     the members to measure
     * @param standards the requirements by position code (positions without a standard absent)
     * @param levels    each member's levels by NIP, then by competency code (absent: level 0)
     */
    public static Result aggregate(List<Member> staff, Map<String, List<StandardRequirement>> standards,
            Map<String, Map<String, Integer>> levels) {
        Map<String, int[]> byCompetency = new TreeMap<>(); // code -> {measured, below, gap sum}
        TreeSet<String> withoutStandard = new TreeSet<>();
        List<PersonTotals> people = new ArrayList<>();
        int measured = 0;
        for (Member member : staff) {
            List<StandardRequirement> standard = standards.get(member.positionCode());
            if (standard == null) {
                withoutStandard.add(member.positionCode());
                people.add(new PersonTotals(member.nip(), member.name(), member.positionCode(), false, 0, 0, 0));
                continue;
            }
            measured++;
            Map<String, Integer> own = levels.getOrDefault(member.nip(), Map.of());
            int below = 0;
            int total = 0;
            for (StandardRequirement requirement : standard) {
                int gap = Math.max(0, requirement.minLevel() - own.getOrDefault(requirement.competencyCode(), 0));
                int[] sums = byCompetency.computeIfAbsent(requirement.competencyCode(), code -> new int[3]);
                sums[0]++;
                if (gap > 0) {
                    sums[1]++;
                    below++;
                }
                sums[2] += gap;
                total += gap;
            }
            people.add(new PersonTotals(member.nip(), member.name(), member.positionCode(), true, standard.size(),
                    below, total));
        }
        List<CompetencyTotals> competencies = new ArrayList<>();
        byCompetency.forEach((code, sums) -> competencies.add(new CompetencyTotals(code, sums[0], sums[1],
                BigDecimal.valueOf(sums[2]).divide(BigDecimal.valueOf(sums[0]), 2, RoundingMode.HALF_UP))));
        competencies.sort(WORST_FIRST);
        people.sort(LARGEST_GAP_FIRST);
        return new Result(staff.size(), measured, staff.size() - measured, List.copyOf(withoutStandard),
                List.copyOf(competencies), List.copyOf(people));
    }
}
