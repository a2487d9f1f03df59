package id.kompeten.evaluation.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Periods of reports: the period of a kind that holds a month, the one before a period, and the last complete ones. A
 * month is complete once the agency's calendar has left it, so "today" is a date in the agency's zone. Plain Java.
 */
public final class ReportingPeriods {

    private ReportingPeriods() {
    }

    /** The month, quarter, semester or year that holds {@code month}. */
    public static Period containing(Period.Kind kind, YearMonth month) {
        int year = month.getYear();
        int m = month.getMonthValue();
        return Period.parse(switch (kind) {
            case MONTH -> month.toString();
            case QUARTER -> year + "-Q" + ((m - 1) / 3 + 1);
            case SEMESTER -> year + "-S" + ((m - 1) / 6 + 1);
            case YEAR -> String.valueOf(year);
        });
    }

    /** The period of the same kind just before {@code period} (2026-Q1 before 2026-Q2, 2025-Q4 before 2026-Q1). */
    public static Period previous(Period period) {
        return containing(period.kind(), period.firstMonth().minusMonths(1));
    }

    /** The latest period of {@code kind} whose months are all complete on {@code today}. */
    public static Period lastComplete(Period.Kind kind, LocalDate today) {
        return previous(containing(kind, YearMonth.from(today)));
    }

    /** The last {@code count} complete periods of {@code kind} on {@code today}, oldest first. */
    public static List<Period> lastComplete(Period.Kind kind, int count, LocalDate today) {
        List<Period> periods = new ArrayList<>();
        Period period = lastComplete(kind, today);
        for (int i = 0; i < count; i++) {
            periods.add(0, period);
            period = previous(period);
        }
        return periods;
    }
}
