package id.kompeten.contracts.enrollment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A participant did not complete a course: decided when the session was closed, or by an admin. Exactly one per
 * decision, as for {@link CourseCompleted}; a failed enrollment earns no JP and no certificate. Key: the enrollment id.
 *
 * @param enrollmentId      the enrollment; the key
 * @param nip               the participant's NIP or NI PPPK
 * @param unitCode          the participant's unit when they enrolled
 * @param positionCode      the participant's position when they enrolled
 * @param courseId          the catalogue's course id
 * @param sessionId         the catalogue's session id
 * @param courseTitle       the course's title at the decision
 * @param shortfalls        what fell short at the close: {@code ATTENDANCE_BELOW_MINIMUM}, {@code POST_TEST_MISSING},
 *                          {@code POST_TEST_BELOW_PASS_SCORE}; empty for an admin's decision
 * @param reason            the admin's reason, null for a decision at the close
 * @param preScore          the PRE score 0-100, null when none was recorded
 * @param postScore         the POST score 0-100, null when none was recorded
 * @param attendancePercent days present / session days × 100, two decimals
 * @param sessionEndDate    the session's last day
 * @param failedAt          when the decision was made
 * @param manual            true when an admin failed the enrollment by hand
 */
public record CourseFailed(
        String enrollmentId,
        String nip,
        String unitCode,
        String positionCode,
        String courseId,
        String sessionId,
        String courseTitle,
        List<String> shortfalls,
        String reason,
        Integer preScore,
        Integer postScore,
        BigDecimal attendancePercent,
        LocalDate sessionEndDate,
        Instant failedAt,
        boolean manual) implements EnrollmentEvent {

    @Override
    public String aggregateId() {
        return enrollmentId;
    }
}
