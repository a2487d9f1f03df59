package id.kompeten.enrollment.domain;

import java.util.List;
import java.util.Locale;

/**
 * One reason an 18-digit employee number (a NIP or an NI PPPK) is malformed, with the values a message names. The
 * message is looked up as {@code validation.employee-number.<reason>} (e.g. {@code validation.employee-number.gender})
 * in the service's message bundles, so the same reason reads in English or Indonesian.
 *
 * @param args the message's arguments, all text (a year must not be shown as {@code 2,010})
 */
public record EmployeeNumberProblem(Reason reason, List<String> args) {

    public EmployeeNumberProblem {
        args = List.copyOf(args);
    }

    static EmployeeNumberProblem of(Reason reason, String... args) {
        return new EmployeeNumberProblem(reason, List.of(args));
    }

    /** Key of the message in the {@code i18n/messages} bundles. */
    public String messageKey() {
        return reason.messageKey();
    }

    public enum Reason {
        /** Not 18 characters (after the printed grouping is removed). Args: the length found. */
        LENGTH,
        /** A character that is not a digit. Args: the character, its 1-based position. */
        NOT_DIGITS,
        /** A spreadsheet turned the number into one in scientific notation (1.98703E+17). Args: the text. */
        SPREADSHEET_NUMBER,
        /** Digits 1-8 are not a calendar date (1987-02-30, month 13). Args: the digits. */
        BIRTH_DATE_INVALID,
        /** Digits 1-8 are a date before 1900 or after today. Args: the date. */
        BIRTH_DATE_IMPLAUSIBLE,
        /** NIP digits 9-14 are not a month (month 00 or over 12, year before 1900). Args: the digits. */
        APPOINTMENT_INVALID,
        /** NIP digits 9-14 name a month after the current one. Args: the month (yyyy-MM). */
        APPOINTMENT_FUTURE,
        /** NIP digits 9-14 name a month before the month of the 18th birthday. Args: the month, the birthday. */
        APPOINTMENT_BEFORE_ADULTHOOD,
        /** NI PPPK digits 9-12 name a year after the current one. Args: the year. */
        APPOINTMENT_YEAR_FUTURE,
        /** NI PPPK digits 9-12 name a year before the one of the 18th birthday. Args: the year, that of turning 18. */
        APPOINTMENT_YEAR_BEFORE_ADULTHOOD,
        /** NIP digit 15 is neither 1 (male) nor 2 (female). Args: the digit. */
        GENDER,
        /** NIP digits 16-18 are 000; sequence numbers start at 001. */
        SEQUENCE;

        public String messageKey() {
            return "validation.employee-number." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
