package id.kompeten.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The SKM result of a set of responses, from their count and the sum of each element's scores. Everything is derived
 * exactly from those integers and rounded once, for display: NRR_i = sum_i / n; IKM unit = Σ NRR_i × 1/9 =
 * Σ sum_i / (9n); IKM = IKM unit × 25 = 25 Σ sum_i / (9n), rounded half-up to two decimals; the grade is that of the
 * two-decimal IKM. (Summing NRRs already rounded to four decimals, or weighting by 0.111, can move the IKM by a
 * hundredth across a grade boundary; the regulation's weight is exactly 1/9.)
 *
 * @param respondents the number of responses n
 * @param sums        per element, the sum of its scores
 */
public record SkmResult(long respondents, Map<SkmElement, Long> sums) {

    /** Decimals shown of NRR and IKM unit. */
    public static final int NRR_SCALE = 4;
    /** Decimals of the converted index. */
    public static final int IKM_SCALE = 2;
    private static final BigDecimal NINE = BigDecimal.valueOf(9);
    private static final BigDecimal CONVERSION = BigDecimal.valueOf(25);

    public SkmResult {
        sums = Map.copyOf(sums);
    }

    /** No responses. */
    public static SkmResult empty() {
        Map<SkmElement, Long> zero = new EnumMap<>(SkmElement.class);
        for (SkmElement element : SkmElement.values()) {
            zero.put(element, 0L);
        }
        return new SkmResult(0, zero);
    }

    /** A unit's per-month results from {@code first} to {@code last} together (a missing month adds nothing). */
    public static SkmResult sumOf(Map<YearMonth, SkmResult> months, YearMonth first, YearMonth last) {
        SkmResult total = empty();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            SkmResult one = months.get(month);
            if (one != null) {
                total = total.plus(one);
            }
        }
        return total;
    }

    /** This result and {@code other} together (e.g. two months of a quarter). */
    public SkmResult plus(SkmResult other) {
        Map<SkmElement, Long> total = new EnumMap<>(SkmElement.class);
        for (SkmElement element : SkmElement.values()) {
            total.put(element, sum(element) + other.sum(element));
        }
        return new SkmResult(respondents + other.respondents, total);
    }

    public boolean isEmpty() {
        return respondents == 0;
    }

    public long sum(SkmElement element) {
        return sums.getOrDefault(element, 0L);
    }

    /** The element's mean score, four decimals half-up; null without responses. */
    public BigDecimal nrr(SkmElement element) {
        return isEmpty() ? null
                : BigDecimal.valueOf(sum(element)).divide(BigDecimal.valueOf(respondents), NRR_SCALE,
                        RoundingMode.HALF_UP);
    }

    /** Σ NRR_i × 1/9 on the 1-4 scale, four decimals half-up; null without responses. */
    public BigDecimal ikmUnit() {
        return isEmpty() ? null
                : BigDecimal.valueOf(total()).divide(NINE.multiply(BigDecimal.valueOf(respondents)), NRR_SCALE,
                        RoundingMode.HALF_UP);
    }

    /** IKM unit × 25, rounded half-up to two decimals only here; null without responses. */
    public BigDecimal ikm() {
        return isEmpty() ? null
                : BigDecimal.valueOf(total()).multiply(CONVERSION)
                        .divide(NINE.multiply(BigDecimal.valueOf(respondents)), IKM_SCALE, RoundingMode.HALF_UP);
    }

    /** The grade of {@link #ikm()}; null without responses. */
    public SkmGrade grade() {
        return isEmpty() ? null : SkmGrade.of(ikm());
    }

    /**
     * The elements from the lowest mean score up (ties in the regulation's order); compared exactly (sums over the
     * same n), not on rounded NRRs. Empty without responses.
     */
    public List<SkmElement> weakestFirst() {
        if (isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(SkmElement.values())
                .sorted(Comparator.comparingLong(this::sum).thenComparingInt(Enum::ordinal)).toList();
    }

    private long total() {
        return sums.values().stream().mapToLong(Long::longValue).sum();
    }
}
