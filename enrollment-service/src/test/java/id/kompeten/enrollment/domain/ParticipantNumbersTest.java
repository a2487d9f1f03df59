package id.kompeten.enrollment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A participant's own number by their employee type; the supervisor's as a NIP, and not the participant's own. */
class ParticipantNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);
    private static final String PNS = "198703122010011004";
    private static final String PPPK = "199105172022212006";
    private static final String SUPERVISOR = "197806302003122001";

    @Test
    void validNumbersHaveNoProblems() {
        assertEquals(List.of(), ParticipantNumbers.check(PNS, EmployeeType.PNS, SUPERVISOR, TODAY));
        assertEquals(List.of(), ParticipantNumbers.check(PPPK, EmployeeType.PPPK, SUPERVISOR, TODAY));
        assertEquals(List.of(), ParticipantNumbers.check(PNS, EmployeeType.PNS, null, TODAY));
    }

    @Test
    void theOwnNumberIsCheckedByTheEmployeeType() {
        // An NI PPPK is no NIP (digits 13-14 are no month), and the other way round the checks are looser.
        assertEquals(List.of(new ParticipantNumbers.Problem("nip", "validation.employee-number.appointment-invalid",
                List.of("202221"))), ParticipantNumbers.check(PPPK, EmployeeType.PNS, null, TODAY));
        assertEquals(List.of(), ParticipantNumbers.check(PNS, EmployeeType.PPPK, null, TODAY));
        assertEquals(List.of(), ParticipantNumbers.check("not checked", null, null, TODAY), "type unknown");
    }

    @Test
    void theSupervisorHasAValidNipThatIsNotTheOwnNumber() {
        assertEquals(List.of(new ParticipantNumbers.Problem("supervisorNip", "validation.employee-number.gender",
                List.of("3"))), ParticipantNumbers.check(PNS, EmployeeType.PNS, "197806302003123001", TODAY));
        assertEquals(List.of(new ParticipantNumbers.Problem("supervisorNip", "validation.participant.supervisor-self",
                List.of())), ParticipantNumbers.check(PNS, EmployeeType.PNS, PNS, TODAY));
        assertEquals(List.of("nip", "nip", "supervisorNip"), ParticipantNumbers.check("198702302010013004",
                EmployeeType.PNS, "1979", TODAY).stream().map(ParticipantNumbers.Problem::field).toList());
    }
}
