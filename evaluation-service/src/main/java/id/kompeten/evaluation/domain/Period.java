package id.kompeten.evaluation.domain;

import id.kompeten.platform.error.InvalidInputProblem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of service quality: a month ({@code 2026-10}), a quarter ({@code 2026-Q4}), a semester
 * ({@code 2026-S2}) or a year ({@code 2026}), each a whole number of calendar months. SKM sums, operational records and
 * training records are kept or computed per month; a longer period is made of its months.
 */
public record Period(String text, Kind kind, YearMonth firstMonth, YearMonth lastMonth) {

    /** The query and path parameter name in errors. */
    public static final String PARAMETER = "period";
    /** The forms, for OpenAPI patterns: month, quarter, semester, year (the digit ranges are checked in parse). */
    public static final String PATTERN = "\\d{4}(-(\\d{2}|Q\\d|S\\d))?";
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q(\\d)|S(\\d)))?");

    /** How long the period is. */
    public enum Kind {
        MONTH, QUARTER, SEMESTER, YEAR
    }

    /** The period {@code text} names; 400 naming {@code period} for anything else (2026-Q5, 2026-13, 2026-S3, 26-1). */
    public static Period parse(String text) {
        Matcher form = text == null ? null : FORM.matcher(text);
        if (form == null || !form.matches()) {
            throw invalid(text);
        }
        int year = Integer.parseInt(form.group(1));
        if (year < 1) {
            throw invalid(text);
        }
        if (form.group(2) != null) {
            int month = Integer.parseInt(form.group(2));
            if (month < 1 || month > 12) {
                throw invalid(text);
            }
            YearMonth only = YearMonth.of(year, month);
            return new Period(text, Kind.MONTH, only, only);
        }
        if (form.group(3) != null) {
            int quarter = Integer.parseInt(form.group(3));
            if (quarter < 1 || quarter > 4) {
                throw invalid(text);
            }
            YearMonth first = YearMonth.of(year, quarter * 3 - 2);
            return new Period(text, Kind.QUARTER, first, first.plusMonths(2));
        }
        if (form.group(4) != null) {
            int semester = Integer.parseInt(form.group(4));
            if (semester < 1 || semester > 2) {
                throw invalid(text);
            }
            YearMonth first = YearMonth.of(year, semester * 6 - 5);
            return new Period(text, Kind.SEMESTER, first, first.plusMonths(5));
        }
        return new Period(text, Kind.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    /** A month, as {@code operations/{period}} needs; 400 naming {@code period} for any other form. */
    public static Period parseMonth(String text) {
        Period period = parse(text);
        if (period.kind() != Kind.MONTH) {
            throw new InvalidInputProblem(PARAMETER, "validation.period.month-only", text);
        }
        return period;
    }

    /** The month {@code day} falls in. */
    public static Period monthOf(LocalDate day) {
        return month(YearMonth.from(day));
    }

    /** One month as a period. */
    public static Period month(YearMonth month) {
        return new Period(month.toString(), Kind.MONTH, month, month);
    }

    /** The calendar year the period lies in (every form lies within one). */
    public int year() {
        return firstMonth.getYear();
    }

    /** Whether {@code month} is one of the period's months. */
    public boolean contains(YearMonth month) {
        return !month.isBefore(firstMonth) && !month.isAfter(lastMonth);
    }

    public LocalDate firstDay() {
        return firstMonth.atDay(1);
    }

    public LocalDate lastDay() {
        return lastMonth.atEndOfMonth();
    }

    /** The months of the period, first to last. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = firstMonth; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    @Override
    public String toString() {
        return text;
    }

    private static InvalidInputProblem invalid(String text) {
        return new InvalidInputProblem(PARAMETER, "validation.period.invalid", String.valueOf(text));
    }
}
