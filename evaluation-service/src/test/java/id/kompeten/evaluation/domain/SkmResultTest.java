package id.kompeten.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

public class SkmResultTest {

    /** The hand-worked example of the notes: 10 responses, U1..U9 per row. */
    public static final int[][] WORKED = {
        {4, 4, 3, 4, 3, 3, 4, 3, 3},
        {3, 3, 3, 4, 3, 3, 3, 3, 3},
        {4, 3, 2, 4, 3, 4, 4, 3, 3},
        {3, 3, 2, 3, 3, 3, 3, 2, 3},
        {4, 4, 3, 4, 4, 3, 4, 3, 4},
        {3, 3, 3, 4, 3, 3, 2, 3, 3},
        {4, 3, 2, 4, 3, 3, 3, 2, 3},
        {3, 4, 3, 4, 4, 4, 4, 3, 4},
        {3, 3, 2, 3, 3, 3, 3, 3, 2},
        {4, 3, 3, 4, 3, 3, 3, 3, 3}};

    static SkmResult of(int[][] rows) {
        SkmResult result = SkmResult.empty();
        for (int[] row : rows) {
            Map<SkmElement, Long> sums = new EnumMap<>(SkmElement.class);
            for (SkmElement element : SkmElement.values()) {
                sums.put(element, (long) row[element.ordinal()]);
            }
            result = result.plus(new SkmResult(1, sums));
        }
        return result;
    }

    /** n responses whose scores add up to {@code total}: every cell {@code total / 9n}, the first remainder cells +1. */
    static int[][] withTotal(int n, int total) {
        int base = total / (9 * n);
        int extra = total - base * 9 * n;
        int[][] rows = new int[n][9];
        for (int cell = 0; cell < 9 * n; cell++) {
            rows[cell / 9][cell % 9] = base + (cell < extra ? 1 : 0);
        }
        return rows;
    }

    @Test
    void theWorkedExampleGivesEveryIntermediateValue() {
        SkmResult result = of(WORKED);
        assertEquals(10, result.respondents());
        List<String> nrr = new ArrayList<>();
        for (SkmElement element : SkmElement.values()) {
            nrr.add(result.nrr(element).toPlainString());
        }
        assertEquals(List.of("3.5000", "3.3000", "2.6000", "3.8000", "3.2000", "3.2000", "3.3000", "2.8000",
                "3.1000"), nrr);
        assertEquals(new BigDecimal("3.2000"), result.ikmUnit());
        assertEquals(new BigDecimal("80.00"), result.ikm());
        assertEquals(SkmGrade.B, result.grade());
        assertEquals(List.of(SkmElement.U3, SkmElement.U8, SkmElement.U9, SkmElement.U5, SkmElement.U6,
                SkmElement.U2, SkmElement.U7, SkmElement.U1, SkmElement.U4), result.weakestFirst());
    }

    @ParameterizedTest
    @CsvSource({"100.00, A", "88.31, A", "88.30, B", "76.61, B", "76.60, C", "65.00, C", "64.99, D", "25.00, D"})
    void gradesTheTwoDecimalIndexAtTheExactBoundaries(BigDecimal ikm, SkmGrade grade) {
        assertEquals(grade, SkmGrade.of(ikm));
    }

    @Test
    void everyIndexHasAGrade() {
        // An IKM is at least 25, but the grading is total: below every boundary is D, never no grade.
        assertEquals(SkmGrade.D, SkmGrade.of(new BigDecimal("0.00")));
        assertEquals(SkmGrade.D, SkmGrade.of(new BigDecimal("-0.01")));
    }

    @ParameterizedTest
    @CsvSource({"19, 604, 88.30, B", "24, 763, 88.31, A", "26, 717, 76.60, C", "19, 524, 76.61, B",
        "38, 889, 64.99, D", "5, 117, 65.00, C"})
    void responseSetsLandingOnEachBoundaryAreGradedOnTheRoundedIndex(int n, int total, String ikm, SkmGrade grade) {
        SkmResult result = of(withTotal(n, total));
        assertEquals(new BigDecimal(ikm), result.ikm());
        assertEquals(grade, result.grade());
    }

    @Test
    void roundsOnlyAtTheEndAndHalfUp() {
        // 1 response of 9 × 3 and 1 of eight 3s and one 4: Σ = 55, n = 2: ikm = 25 × 55 / 18 = 76.3888… → 76.39.
        SkmResult result = of(new int[][] {{3, 3, 3, 3, 3, 3, 3, 3, 3}, {3, 3, 3, 3, 3, 3, 3, 3, 4}});
        assertEquals(new BigDecimal("76.39"), result.ikm());
        assertEquals(new BigDecimal("3.0556"), result.ikmUnit());
        assertEquals(new BigDecimal("3.5000"), result.nrr(SkmElement.U9));
    }

    @Test
    void noResponsesHaveNoIndex() {
        SkmResult empty = SkmResult.empty();
        assertEquals(0, empty.respondents());
        assertNull(empty.ikm());
        assertNull(empty.ikmUnit());
        assertNull(empty.grade());
        assertNull(empty.nrr(SkmElement.U1));
        assertEquals(List.of(), empty.weakestFirst());
    }

    @Test
    void labelsAreTheRegulationsInIndonesianAndEnglish() {
        assertEquals("Penanganan Pengaduan, Saran dan Masukan", SkmElement.U8.label(Locale.forLanguageTag("id")));
        assertEquals("Facilities and infrastructure", SkmElement.U9.label(Locale.ENGLISH));
        assertEquals(SkmElement.U7, SkmElement.byCodeOrLabel(" perilaku pelaksana ").orElseThrow());
        assertEquals(SkmElement.U2, SkmElement.byCodeOrLabel("SYSTEMS, MECHANISMS AND PROCEDURES").orElseThrow());
        assertEquals("Sangat Baik", SkmGrade.A.label(Locale.forLanguageTag("id")));
        assertEquals("Fair", SkmGrade.C.label(Locale.ENGLISH));
    }
}
