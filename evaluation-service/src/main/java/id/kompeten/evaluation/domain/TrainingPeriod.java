package id.kompeten.evaluation.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of a unit's training record: a month ({@code 2026-10}), a quarter ({@code 2026-Q4}), a semester
 * ({@code 2026-S2}) or a year ({@code 2026}); always whole calendar months of one year.
 *
 * @param label the canonical text (upper-case Q and S)
 * @param first the first month of the period
 * @param last  the last month of the period
 */
public record TrainingPeriod(String label, YearMonth first, YearMonth last) {

    // Years 1900-9999, as the participant register accepts appointment years from 1900.
    private static final Pattern FORM = Pattern.compile(
            "(19\\d\\d|[2-9]\\d\\d\\d)(?:-(0[1-9]|1[0-2])|-[Qq]([1-4])|-[Ss]([12]))?");

    /** The period {@code text} names; empty when it is none of the four forms (e.g. 2026-Q5, 2026-13, 2026-S3). */
    public static Optional<TrainingPeriod> parse(String text) {
        Matcher match = text == null ? null : FORM.matcher(text.strip());
        if (match == null || !match.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(match.group(1));
        if (match.group(2) != null) {
            return Optional.of(month(YearMonth.of(year, Integer.parseInt(match.group(2)))));
        }
        if (match.group(3) != null) {
            int quarter = Integer.parseInt(match.group(3));
            return Optional.of(new TrainingPeriod(year + "-Q" + quarter, YearMonth.of(year, quarter * 3 - 2),
                    YearMonth.of(year, quarter * 3)));
        }
        if (match.group(4) != null) {
            int semester = Integer.parseInt(match.group(4));
            return Optional.of(new TrainingPeriod(year + "-S" + semester, YearMonth.of(year, semester * 6 - 5),
                    YearMonth.of(year, semester * 6)));
        }
        return Optional.of(new TrainingPeriod(Integer.toString(year), YearMonth.of(year, 1), YearMonth.of(year, 12)));
    }

    /** One month as a period. */
    public static TrainingPeriod month(YearMonth month) {
        return new TrainingPeriod(month.toString(), month, month);
    }

    public int year() {
        return first.getYear();
    }

    /** The period's months, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }
}
