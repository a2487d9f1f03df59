package id.kompeten.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingPeriodTest {

    @Test
    void theFourFormsCoverWholeMonthsOfOneYear() {
        assertPeriod("2026-10", "2026-10", "2026-10", "2026-10");
        assertPeriod("2026-01", "2026-01", "2026-01", "2026-01");
        assertPeriod("2026-Q1", "2026-Q1", "2026-01", "2026-03");
        assertPeriod("2026-q4", "2026-Q4", "2026-10", "2026-12");
        assertPeriod("2026-S1", "2026-S1", "2026-01", "2026-06");
        assertPeriod("2026-S2", "2026-S2", "2026-07", "2026-12");
        assertPeriod("2026", "2026", "2026-01", "2026-12");
        assertEquals(List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12)),
                TrainingPeriod.parse("2026-Q4").orElseThrow().months());
        assertEquals(12, TrainingPeriod.parse("2026").orElseThrow().months().size());
    }

    @Test
    void anythingElseIsNoPeriod() {
        for (String text : List.of("2026-Q5", "2026-Q0", "2026-13", "2026-00", "2026-S3", "2026-S0", "2026-1",
                "26-10", "2026/10", "2026-10-01", "Q4-2026", "", " ", "0999", "2026-W40", "2026-Q", "abc")) {
            assertTrue(TrainingPeriod.parse(text).isEmpty(), text);
        }
        assertTrue(TrainingPeriod.parse(null).isEmpty());
    }

    @Test
    void aPeriodContainsItsMonthsOnly() {
        TrainingPeriod q4 = TrainingPeriod.parse("2026-Q4").orElseThrow();
        assertTrue(q4.contains(YearMonth.of(2026, 10)) && q4.contains(YearMonth.of(2026, 12)));
        assertTrue(!q4.contains(YearMonth.of(2026, 9)) && !q4.contains(YearMonth.of(2027, 1)));
    }

    private static void assertPeriod(String text, String label, String first, String last) {
        TrainingPeriod period = TrainingPeriod.parse(text).orElseThrow(() -> new AssertionError(text));
        assertEquals(label, period.label());
        assertEquals(YearMonth.parse(first), period.first());
        assertEquals(YearMonth.parse(last), period.last());
    }
}
