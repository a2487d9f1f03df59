package id.kompeten.enrollment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of a participant record: their own, by their employee type (a PNS's NIP, a PPPK's NI PPPK), and their
 * supervisor's, which must be a valid NIP and not their own. Supervisors (atasan langsung) who approve training hold
 * a structural or managerial position, which is a PNS's.
 */
public final class ParticipantNumbers {

    public static final String NIP = "nip";
    public static final String SUPERVISOR_NIP = "supervisorNip";
    static final String SUPERVISOR_SELF = "validation.participant.supervisor-self";

    private ParticipantNumbers() {
    }

    /** One problem with one of the numbers: the field, and a message key with its arguments. */
    public record Problem(String field, String messageKey, List<String> args) {

        public Problem {
            args = List.copyOf(args);
        }
    }

    /**
     * Every problem with the numbers, in field order; empty when both are fine.
     *
     * @param nip           the participant's number, canonical; not checked when null (the field is required anyway)
     * @param type          the participant's employee type; the number is not checked when it is null (unknown)
     * @param supervisorNip the supervisor's number, canonical, or null when there is none
     * @param today         the current date in the agency's zone
     */
    public static List<Problem> check(String nip, EmployeeType type, String supervisorNip, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (nip != null && type != null) {
            type.problems(nip, today).forEach(problem -> problems.add(of(NIP, problem)));
        }
        if (supervisorNip != null) {
            Nip.parse(supervisorNip, today).problems().forEach(problem -> problems.add(of(SUPERVISOR_NIP, problem)));
            if (supervisorNip.equals(nip)) {
                problems.add(new Problem(SUPERVISOR_NIP, SUPERVISOR_SELF, List.of()));
            }
        }
        return problems;
    }

    private static Problem of(String field, EmployeeNumberProblem problem) {
        return new Problem(field, problem.messageKey(), problem.args());
    }
}
