package id.kompeten.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kompeten.platform.error.InvalidInputProblem;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
        "2026-10, MONTH, 2026-10-01, 2026-10-31",
        "2026-02, MONTH, 2026-02-01, 2026-02-28",
        "2028-02, MONTH, 2028-02-01, 2028-02-29",
        "2026-Q1, QUARTER, 2026-01-01, 2026-03-31",
        "2026-Q4, QUARTER, 2026-10-01, 2026-12-31",
        "2026-S1, SEMESTER, 2026-01-01, 2026-06-30",
        "2026-S2, SEMESTER, 2026-07-01, 2026-12-31",
        "2026, YEAR, 2026-01-01, 2026-12-31"})
    void parsesEachFormIntoItsFirstAndLastDay(String text, Period.Kind kind, LocalDate first, LocalDate last) {
        Period period = Period.parse(text);
        assertEquals(kind, period.kind());
        assertEquals(first, period.firstDay());
        assertEquals(last, period.lastDay());
        assertEquals(text, period.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q5", "2026-Q0", "2026-13", "2026-00", "2026-S3", "2026-S0", "26-1", "2026-1",
        "2026-q4", "2026-10-01", "", " 2026", "0000"})
    void anythingElseIsA400NamingPeriod(String text) {
        InvalidInputProblem problem = assertThrows(InvalidInputProblem.class, () -> Period.parse(text));
        assertEquals("period", problem.errors().get(0).field());
        assertEquals("validation.period.invalid", problem.errors().get(0).messageKey());
    }

    @org.junit.jupiter.api.Test
    void aQuarterHasThreeMonthsAndOnlyAMonthIsAMonth() {
        assertEquals(java.util.List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12)),
                Period.parse("2026-Q4").months());
        assertEquals(YearMonth.of(2026, 10), Period.parseMonth("2026-10").firstMonth());
        InvalidInputProblem problem = assertThrows(InvalidInputProblem.class, () -> Period.parseMonth("2026-Q4"));
        assertEquals("period", problem.errors().get(0).field());
        assertThrows(InvalidInputProblem.class, () -> Period.parse(null));
    }

    @org.junit.jupiter.api.Test
    void aDayOrMonthIsAOneMonthPeriodNamedAsAMonthParameter() {
        Period march = Period.monthOf(LocalDate.of(2026, 3, 31));
        assertEquals(Period.Kind.MONTH, march.kind());
        assertEquals(LocalDate.of(2026, 3, 1), march.firstDay());
        assertEquals(LocalDate.of(2026, 3, 31), march.lastDay());
        // The text is what a report names the period by; it parses back to the same months.
        assertEquals("2026-03", march.toString());
        assertEquals(Period.parse("2026-03").months(), Period.month(YearMonth.of(2026, 3)).months());
    }

    @org.junit.jupiter.api.Test
    void yearOneIsTheFirstYear() {
        // 0000 is refused (see above); every four-digit year from 0001 is a year.
        assertEquals(LocalDate.of(1, 1, 1), Period.parse("0001").firstDay());
    }
}
