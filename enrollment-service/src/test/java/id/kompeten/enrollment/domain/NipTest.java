package id.kompeten.enrollment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.enrollment.domain.EmployeeNumberProblem.Reason;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NIP rules of docs/domain.md, one malformed variant at a time, and several at once. */
class NipTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    @Test
    void readsTheParts() {
        Nip nip = Nip.parse("198703122010011004", TODAY).number().orElseThrow();
        assertEquals("198703122010011004", nip.value());
        assertEquals(LocalDate.of(1987, 3, 12), nip.birthDate());
        assertEquals(YearMonth.of(2010, 1), nip.appointment());
        assertEquals(Gender.MALE, nip.gender());
        assertEquals(4, nip.sequence());
        assertEquals(Gender.FEMALE, Nip.parse("197806302003122001", TODAY).number().orElseThrow().gender());
    }

    @Test
    void acceptsThePrintedGroupingAndSurroundingBlanks() {
        assertEquals("198703122010011004", Nip.parse("19870312 201001 1 004", TODAY).number().orElseThrow().value());
        assertEquals("198703122010011004", Nip.parse("  198703122010011004\t", TODAY).number().orElseThrow().value());
        assertEquals("198703122010011004", EmployeeNumber.canonical(" 19870312 201001 1 004 "));
        // Any other spacing is not the printed form: the space is a character that is not a digit.
        assertEquals(List.of(Reason.LENGTH, Reason.NOT_DIGITS), reasons("1987 0312 2010 01 1004"));
        assertEquals(List.of(Reason.LENGTH, Reason.NOT_DIGITS), reasons("19870312  201001 1 004"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            19870312201001100       | LENGTH             | 17
            1987031220100110044     | LENGTH             | 19
            ''                      | LENGTH             | 0
            19870312201001100X      | NOT_DIGITS         | X;18
            1987O3122010011004      | NOT_DIGITS         | O;5
            19870312-201001-1-004   | LENGTH             | 21
            1.98703E+17             | SPREADSHEET_NUMBER | 1.98703E+17
            1,98703122010011E+17    | SPREADSHEET_NUMBER | 1,98703122010011E+17
            198702302010011004      | BIRTH_DATE_INVALID | 19870230
            198713122010011004      | BIRTH_DATE_INVALID | 19871312
            198703002010011004      | BIRTH_DATE_INVALID | 19870300
            198702292010011004      | BIRTH_DATE_INVALID | 19870229
            189912312010011004      | BIRTH_DATE_IMPLAUSIBLE | 1899-12-31
            202606012026051004      | BIRTH_DATE_IMPLAUSIBLE | 2026-06-01
            198703122010001004      | APPOINTMENT_INVALID | 201000
            198703122010131004      | APPOINTMENT_INVALID | 201013
            198703121899121004      | APPOINTMENT_INVALID | 189912
            198703122026061004      | APPOINTMENT_FUTURE | 2026-06
            198703122005021004      | APPOINTMENT_BEFORE_ADULTHOOD | 2005-02;2005-03-12
            198703122010010004      | GENDER             | 0
            198703122010013004      | GENDER             | 3
            198703122010019004      | GENDER             | 9
            198703122010011000      | SEQUENCE           |
            """)
    void rejectsEachMalformedVariantWithItsReason(String text, Reason reason, String args) {
        EmployeeNumberCheck<Nip> check = Nip.parse(text, TODAY);
        assertFalse(check.isValid());
        EmployeeNumberProblem problem = check.problems().get(0);
        assertEquals(reason, problem.reason(), check.problems()::toString);
        assertEquals(args == null ? List.of() : List.of(args.split(";")), problem.args());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            198802292010011004
            198703122005031004
            198703122026051004
            190001012026051999
            200005152018052001
            """)
    void acceptsTheEdgesOfEachRule(String text) {
        // A leap day, the month of the 18th birthday, the current month, the earliest birth date, sequence 999.
        assertTrue(Nip.isValid(text, TODAY), () -> Nip.parse(text, TODAY).problems().toString());
    }

    @Test
    void isValidIsFalseForAnyProblem() {
        assertFalse(Nip.isValid("198703122010011000", TODAY));
        assertFalse(Nip.isValid("1.98703E+17", TODAY));
    }

    @Test
    void anAppointmentIn1900IsReadAndJudgedAgainstAdulthood() {
        // 1900 is the earliest readable year; nobody born from 1900 on was 18 in it, which is the problem to name.
        assertEquals(List.of(Reason.APPOINTMENT_BEFORE_ADULTHOOD), reasons("190001011900011001"));
    }

    @Test
    void aLeapDayBirthdayComesOfAgeInFebruary() {
        // Born 2000-02-29: the 18th birthday falls on 2018-02-28, so February 2018 is accepted, January is not.
        assertTrue(Nip.isValid("200002292018022001", TODAY));
        assertEquals(List.of(Reason.APPOINTMENT_BEFORE_ADULTHOOD), reasons("200002292018012001"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertEquals(List.of(Reason.BIRTH_DATE_INVALID, Reason.APPOINTMENT_FUTURE, Reason.GENDER, Reason.SEQUENCE),
                reasons("198702302030013000"));
        // The wrong length hides where the parts are: only the length and the stray characters are said.
        assertEquals(List.of(Reason.LENGTH, Reason.NOT_DIGITS), reasons("19870312201001100AB"));
        // A part with a character that is not a digit is not judged; the other parts are.
        assertEquals(List.of(Reason.NOT_DIGITS, Reason.APPOINTMENT_INVALID, Reason.GENDER),
                reasons("1987031X2010133004"));
    }

    @Test
    void onlyAsciiDigitsAreDigits() {
        // Arabic-Indic digits are digits to Character.isDigit, not to a NIP.
        assertEquals(List.of(Reason.NOT_DIGITS), reasons("١٩٨٧٠٣١٢٢٠١٠٠١١٠٠٤"));
    }

    @Test
    void nullIsAnEmptyNumber() {
        assertEquals(List.of(Reason.LENGTH), reasons(null));
        assertNull(EmployeeNumber.canonical(null));
    }

    private static List<Reason> reasons(String text) {
        return Nip.parse(text, TODAY).problems().stream().map(EmployeeNumberProblem::reason).toList();
    }
}
