package id.kompeten.enrollment.domain;

import id.kompeten.enrollment.domain.EmployeeNumberProblem.Reason;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a NIP and an NI PPPK have in common: 18 digits, the first eight the holder's birth date. Reads the text once and
 * lets {@link Nip} and {@link NiPppk} check the parts that differ. Each check records its problems and goes on, so one
 * answer names everything that is wrong.
 */
public final class EmployeeNumber {

    public static final int LENGTH = 18;
    /** Nobody in service was born, or appointed, before this. */
    static final int EARLIEST_YEAR = 1900;

    /** The printed form, e.g. on a decree: {@code 19870312 201001 1 004}. */
    private static final Pattern PRINTED = Pattern.compile("\\d{8} \\d{6} \\d \\d{3}");
    /** What a spreadsheet makes of an 18-digit number it took for a quantity: {@code 1.98703E+17} (or 1,98703E+17). */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d[.,]\\d*[eE]\\+?\\d+");

    private final String value;

    private EmployeeNumber(String value) {
        this.value = value;
    }

    /**
     * The number as stored and compared: surrounding blanks removed, and the printed grouping
     * ({@code 19870312 201001 1 004}) joined. Anything else is left as it is, for the checks to judge. Null stays null.
     */
    public static String canonical(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return PRINTED.matcher(stripped).matches() ? stripped.replace(" ", "") : stripped;
    }

    /**
     * The number, when its length allows the parts to be found; records the length, any character that is not a digit
     * and a spreadsheet's reformatting in {@code problems}.
     */
    static Optional<EmployeeNumber> read(String text, List<EmployeeNumberProblem> problems) {
        String value = canonical(text == null ? "" : text);
        if (SCIENTIFIC.matcher(value).matches()) {
            problems.add(EmployeeNumberProblem.of(Reason.SPREADSHEET_NUMBER, value));
            return Optional.empty();
        }
        if (value.length() != LENGTH) {
            problems.add(EmployeeNumberProblem.of(Reason.LENGTH, String.valueOf(value.length())));
        }
        for (int i = 0; i < value.length(); i++) {
            if (!isDigit(value.charAt(i))) {
                // The first one is enough to see what went wrong (a letter O for a zero, a dot, a dash).
                problems.add(EmployeeNumberProblem.of(Reason.NOT_DIGITS, String.valueOf(value.charAt(i)),
                        String.valueOf(i + 1)));
                break;
            }
        }
        return value.length() == LENGTH ? Optional.of(new EmployeeNumber(value)) : Optional.empty();
    }

    String value() {
        return value;
    }

    /** True when characters {@code from} to {@code to} (0-based, exclusive) are all digits: that part can be read. */
    boolean digits(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    String part(int from, int to) {
        return value.substring(from, to);
    }

    int number(int from, int to) {
        return Integer.parseInt(part(from, to));
    }

    /**
     * Digits 1-8 as a birth date: a real calendar date from 1900 to {@code today}. Empty (with the problem recorded)
     * otherwise, and when the part has other characters than digits (already recorded).
     */
    Optional<LocalDate> birthDate(LocalDate today, List<EmployeeNumberProblem> problems) {
        if (!digits(0, 8)) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.of(number(0, 4), number(4, 6), number(6, 8));
        } catch (DateTimeException e) {
            problems.add(EmployeeNumberProblem.of(Reason.BIRTH_DATE_INVALID, part(0, 8)));
            return Optional.empty();
        }
        if (date.getYear() < EARLIEST_YEAR || date.isAfter(today)) {
            problems.add(EmployeeNumberProblem.of(Reason.BIRTH_DATE_IMPLAUSIBLE, date.toString()));
            return Optional.empty();
        }
        return Optional.of(date);
    }

    /** ASCII digits only: {@link Character#isDigit} would also take Arabic-Indic and other digits. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
