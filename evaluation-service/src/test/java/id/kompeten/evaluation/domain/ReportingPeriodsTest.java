package id.kompeten.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingPeriodsTest {

    @Test
    void theLastCompletePeriodEndsBeforeTheCurrentMonth() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertEquals("2026-Q3", ReportingPeriods.lastComplete(Period.Kind.QUARTER, today).text());
        assertEquals("2026-11", ReportingPeriods.lastComplete(Period.Kind.MONTH, today).text());
        assertEquals("2026-S1", ReportingPeriods.lastComplete(Period.Kind.SEMESTER, today).text());
        assertEquals("2025", ReportingPeriods.lastComplete(Period.Kind.YEAR, today).text());
        assertEquals("2025-Q4", ReportingPeriods.lastComplete(Period.Kind.QUARTER, LocalDate.of(2026, 1, 1)).text(),
                "on January 1 the last complete quarter is last year's fourth");
        assertEquals("2026-Q1", ReportingPeriods.lastComplete(Period.Kind.QUARTER, LocalDate.of(2026, 4, 1)).text());
    }

    @Test
    void theLastNCompletePeriodsOldestFirstAcrossTheYearEnd() {
        assertEquals(List.of("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"), ReportingPeriods
                .lastComplete(Period.Kind.QUARTER, 4, LocalDate.of(2026, 12, 31)).stream().map(Period::text).toList());
        assertEquals(List.of("2025-12", "2026-01"), ReportingPeriods
                .lastComplete(Period.Kind.MONTH, 2, LocalDate.of(2026, 2, 28)).stream().map(Period::text).toList());
    }

    @Test
    void thePreviousPeriodHasTheSameLength() {
        assertEquals("2025-12", ReportingPeriods.previous(Period.parse("2026-01")).text());
        assertEquals("2025-Q4", ReportingPeriods.previous(Period.parse("2026-Q1")).text());
        assertEquals("2026-S1", ReportingPeriods.previous(Period.parse("2026-S2")).text());
        assertEquals("2025", ReportingPeriods.previous(Period.parse("2026")).text());
        assertEquals("2026-Q4", ReportingPeriods.containing(Period.Kind.QUARTER, YearMonth.of(2026, 12)).text());
    }
}
