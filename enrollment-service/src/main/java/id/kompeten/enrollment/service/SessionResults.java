package id.kompeten.enrollment.service;

import id.kompeten.contracts.enrollment.AttendanceStatus;
import id.kompeten.enrollment.domain.CompletionOutcome;
import id.kompeten.enrollment.domain.EnrollmentStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A session's attendance sheet and scores: its days and, per participant the caller may see (confirmed or decided),
 * the recorded days, scores and, once decided, the outcome.
 */
public record SessionResults(String sessionId, List<LocalDate> days, Instant closedAt, List<Participant> participants) {

    /** One participant's row. */
    public record Participant(String enrollmentId, String nip, String unitCode, EnrollmentStatus status,
            Map<LocalDate, AttendanceStatus> days, int daysPresent, Integer preScore, Integer postScore,
            CompletionOutcome outcome, String reasons, String certificateNumber) {
    }
}
