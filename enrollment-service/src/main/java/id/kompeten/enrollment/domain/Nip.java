package id.kompeten.enrollment.domain;

import id.kompeten.enrollment.domain.EmployeeNumberProblem.Reason;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PNS's NIP (Nomor Induk Pegawai, BKN regulation 22/2007): 18 digits, {@code YYYYMMDD} birth date, {@code YYYYMM}
 * appointment as CPNS (TMT CPNS), one gender digit (1 male, 2 female) and a three-digit sequence number from 001.
 * Example {@code 198703122010011004}: born 1987-03-12, appointed 2010-01, male, number 004. The rules are listed in
 * docs/domain.md.
 */
public record Nip(String value, LocalDate birthDate, YearMonth appointment, Gender gender, int sequence) {

    /** Age a CPNS must have reached by the appointment month. */
    static final int ADULT_AGE = 18;

    /**
     * Reads a NIP, as written or in its printed grouping ({@code 19870312 201001 1 004}).
     *
     * @param today the current date in the agency's zone: neither the birth date nor the appointment may be later
     * @return the NIP, or every problem found
     */
    public static EmployeeNumberCheck<Nip> parse(String text, LocalDate today) {
        List<EmployeeNumberProblem> problems = new ArrayList<>();
        Optional<EmployeeNumber> read = EmployeeNumber.read(text, problems);
        if (read.isEmpty()) {
            return EmployeeNumberCheck.invalid(problems);
        }
        EmployeeNumber number = read.get();
        Optional<LocalDate> birthDate = number.birthDate(today, problems);
        Optional<YearMonth> appointment = appointment(number, problems);
        appointment.ifPresent(month -> {
            if (month.isAfter(YearMonth.from(today))) {
                problems.add(EmployeeNumberProblem.of(Reason.APPOINTMENT_FUTURE, month.toString()));
            }
            birthDate.map(born -> born.plusYears(ADULT_AGE))
                    // Appointments take effect on the first of a month, so the month of the 18th birthday is the
                    // earliest one accepted.
                    .filter(adult -> month.isBefore(YearMonth.from(adult)))
                    .ifPresent(adult -> problems.add(EmployeeNumberProblem.of(Reason.APPOINTMENT_BEFORE_ADULTHOOD,
                            month.toString(), adult.toString())));
        });
        Gender gender = gender(number, problems);
        int sequence = sequence(number, problems);
        if (!problems.isEmpty()) {
            return EmployeeNumberCheck.invalid(problems);
        }
        return EmployeeNumberCheck.valid(new Nip(number.value(), birthDate.orElseThrow(), appointment.orElseThrow(),
                gender, sequence));
    }

    /** True when {@code text} is a valid NIP on {@code today}. */
    public static boolean isValid(String text, LocalDate today) {
        return parse(text, today).isValid();
    }

    private static Optional<YearMonth> appointment(EmployeeNumber number, List<EmployeeNumberProblem> problems) {
        if (!number.digits(8, 14)) {
            return Optional.empty();
        }
        int year = number.number(8, 12);
        int month = number.number(12, 14);
        if (month < 1 || month > 12 || year < EmployeeNumber.EARLIEST_YEAR) {
            problems.add(EmployeeNumberProblem.of(Reason.APPOINTMENT_INVALID, number.part(8, 14)));
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(year, month));
    }

    private static Gender gender(EmployeeNumber number, List<EmployeeNumberProblem> problems) {
        if (!number.digits(14, 15)) {
            return null;
        }
        return switch (number.part(14, 15)) {
            case "1" -> Gender.MALE;
            case "2" -> Gender.FEMALE;
            default -> {
                problems.add(EmployeeNumberProblem.of(Reason.GENDER, number.part(14, 15)));
                yield null;
            }
        };
    }

    private static int sequence(EmployeeNumber number, List<EmployeeNumberProblem> problems) {
        if (!number.digits(15, 18)) {
            return 0;
        }
        int sequence = number.number(15, 18);
        if (sequence == 0) {
            problems.add(EmployeeNumberProblem.of(Reason.SEQUENCE));
        }
        return sequence;
    }
}
