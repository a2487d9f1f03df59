package id.kompeten.contracts.enrollment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A participant completed a course: decided when the session was closed (attendance and post-test against the
 * course's pass rules) or by an admin. Carries everything evaluation needs (competency profile, Kirkpatrick L2 and
 * L3) without calling back. Exactly one per completion: the completion is a row keyed by the enrollment, written in
 * the transaction that publishes this, so retries publish nothing more. Key: the enrollment id.
 *
 * @param enrollmentId      the enrollment; the key
 * @param nip               the participant's NIP or NI PPPK
 * @param unitCode          the participant's unit when they enrolled
 * @param positionCode      the participant's position (jabatan) when they enrolled
 * @param positionName      its name
 * @param supervisorNip     the participant's direct supervisor at completion (L3 rater), null when none is recorded
 * @param courseId          the catalogue's course id
 * @param sessionId         the catalogue's session id
 * @param courseTitle       the course's title at completion
 * @param providerId        the course's provider
 * @param providerName      its name at completion, null if the catalogue copy did not hold the provider
 * @param competencies      the competencies the course develops and the target level (1-5) a completer reaches
 * @param jp                training hours (1 JP = 45 minutes) the completion earns, in the year of {@code sessionEndDate}
 * @param preScore          the PRE assessment score 0-100, null when none was recorded
 * @param postScore         the POST assessment score 0-100, null when none was recorded (only an admin's decision)
 * @param attendancePercent days present / session days × 100, two decimals
 * @param sessionStartDate  the session's first day
 * @param sessionEndDate    the session's last day
 * @param completedAt       when the completion was decided
 * @param certificateNumber the certificate's public number (verifiable at {@code GET /api/v1/certificates/{number}})
 * @param manual            true when an admin completed the enrollment by hand (with a reason) instead of the close
 */
public record CourseCompleted(
        String enrollmentId,
        String nip,
        String unitCode,
        String positionCode,
        String positionName,
        String supervisorNip,
        String courseId,
        String sessionId,
        String courseTitle,
        String providerId,
        String providerName,
        List<CompetencyTarget> competencies,
        int jp,
        Integer preScore,
        Integer postScore,
        BigDecimal attendancePercent,
        LocalDate sessionStartDate,
        LocalDate sessionEndDate,
        Instant completedAt,
        String certificateNumber,
        boolean manual) implements EnrollmentEvent {

    /** A competency the course develops and the level (1-5) the completer reaches. */
    public record CompetencyTarget(String code, int level) {
    }

    @Override
    public String aggregateId() {
        return enrollmentId;
    }
}
