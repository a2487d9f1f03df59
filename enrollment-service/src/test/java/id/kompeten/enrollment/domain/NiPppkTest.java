package id.kompeten.enrollment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.enrollment.domain.EmployeeNumberProblem.Reason;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The NI PPPK rules of docs/domain.md: digits, birth date and year of appointment; the last six digits are free. */
class NiPppkTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    @Test
    void readsBirthDateAndYearOfAppointment() {
        NiPppk number = NiPppk.parse("199105172022212006", TODAY).number().orElseThrow();
        assertEquals(LocalDate.of(1991, 5, 17), number.birthDate());
        assertEquals(Year.of(2022), number.appointmentYear());
        assertEquals("199105172022212006", NiPppk.parse("19910517 202221 2 006", TODAY).number().orElseThrow().value());
    }

    @Test
    void theLastSixDigitsAreOnlyRequiredToBeDigits() {
        // Digits 13-14 are no month and digit 15 no NIP gender: fine for an NI PPPK, not for a NIP.
        assertTrue(NiPppk.parse("199105172022999000", TODAY).isValid());
        assertEquals(List.of(Reason.APPOINTMENT_INVALID, Reason.GENDER, Reason.SEQUENCE),
                Nip.parse("199105172022999000", TODAY).problems().stream().map(EmployeeNumberProblem::reason).toList());
        assertEquals(List.of(Reason.NOT_DIGITS), reasons("19910517202221200X"));
    }

    @Test
    void rejectsLengthDigitsAndBirthDate() {
        assertEquals(List.of(Reason.LENGTH), reasons("19910517202221200"));
        assertEquals(List.of(Reason.SPREADSHEET_NUMBER), reasons("1.99105E+17"));
        assertEquals(List.of(Reason.BIRTH_DATE_INVALID), reasons("199102302022212006"));
        assertEquals(List.of(Reason.BIRTH_DATE_IMPLAUSIBLE), reasons("202701012022212006"));
    }

    @Test
    void theYearOfAppointmentIsNeitherInTheFutureNorBeforeAdulthood() {
        assertEquals(List.of(Reason.APPOINTMENT_YEAR_FUTURE), reasons("199105172027212006"));
        assertTrue(NiPppk.parse("199105172026212006", TODAY).isValid());
        assertEquals(List.of(Reason.APPOINTMENT_YEAR_BEFORE_ADULTHOOD), reasons("199105172008212006"));
        assertEquals(List.of("2008", "2009"), NiPppk.parse("199105172008212006", TODAY).problems().get(0).args());
        // By year: born in December 1991, appointed in 2009 (the year they turn 18) is accepted.
        assertTrue(NiPppk.parse("199112312009212006", TODAY).isValid());
    }

    private static List<Reason> reasons(String text) {
        return NiPppk.parse(text, TODAY).problems().stream().map(EmployeeNumberProblem::reason).toList();
    }
}
