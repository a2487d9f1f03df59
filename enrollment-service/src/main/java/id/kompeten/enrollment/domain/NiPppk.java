package id.kompeten.enrollment.domain;

import id.kompeten.enrollment.domain.EmployeeNumberProblem.Reason;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PPPK's NI PPPK (Nomor Induk PPPK): 18 digits, the first eight the birth date ({@code YYYYMMDD}), the next four the
 * year of the first appointment as a PPPK. What the last six digits hold (the number of work agreements, gender and a
 * sequence number) is described differently by different sources, so they are only required to be digits. Example
 * {@code 199105172022212006}: born 1991-05-17, appointed in 2022. The rules are listed in docs/domain.md.
 */
public record NiPppk(String value, LocalDate birthDate, Year appointmentYear) {

    /**
     * Reads an NI PPPK, as written or in the printed grouping of a NIP.
     *
     * @param today the current date in the agency's zone: neither the birth date nor the appointment may be later
     * @return the number, or every problem found
     */
    public static EmployeeNumberCheck<NiPppk> parse(String text, LocalDate today) {
        List<EmployeeNumberProblem> problems = new ArrayList<>();
        Optional<EmployeeNumber> read = EmployeeNumber.read(text, problems);
        if (read.isEmpty()) {
            return EmployeeNumberCheck.invalid(problems);
        }
        EmployeeNumber number = read.get();
        Optional<LocalDate> birthDate = number.birthDate(today, problems);
        Year year = null;
        if (number.digits(8, 12)) {
            year = Year.of(number.number(8, 12));
            Year appointed = year;
            if (appointed.getValue() > today.getYear()) {
                problems.add(EmployeeNumberProblem.of(Reason.APPOINTMENT_YEAR_FUTURE, appointed.toString()));
            }
            // By year only: the month of appointment is not part of an NI PPPK.
            birthDate.map(born -> born.getYear() + Nip.ADULT_AGE)
                    .filter(adult -> appointed.getValue() < adult)
                    .ifPresent(adult -> problems.add(EmployeeNumberProblem.of(
                            Reason.APPOINTMENT_YEAR_BEFORE_ADULTHOOD, appointed.toString(), String.valueOf(adult))));
        }
        if (!problems.isEmpty()) {
            return EmployeeNumberCheck.invalid(problems);
        }
        return EmployeeNumberCheck.valid(new NiPppk(number.value(), birthDate.orElseThrow(), year));
    }
}
