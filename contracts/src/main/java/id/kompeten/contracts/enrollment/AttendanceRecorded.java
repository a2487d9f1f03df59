package id.kompeten.contracts.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A participant's attendance changed: days were recorded or corrected (correctable until the session is closed).
 * One event per enrollment whose record changed in a request, never one for a request that changed nothing. Carries
 * the enrollment's whole attendance record after the change, so a consumer never adds events up. Key: the
 * enrollment id.
 *
 * @param enrollmentId the enrollment; the key
 * @param nip          the participant's NIP or NI PPPK
 * @param unitCode     the participant's unit when they enrolled
 * @param sessionId    the catalogue's session id
 * @param courseId     the catalogue's course id
 * @param sessionDays  how many days the session has
 * @param daysPresent  days recorded PRESENT after the change
 * @param days         every recorded day after the change, by date (unrecorded days are missing)
 * @param recordedAt   when the change happened
 */
public record AttendanceRecorded(
        String enrollmentId,
        String nip,
        String unitCode,
        String sessionId,
        String courseId,
        int sessionDays,
        int daysPresent,
        List<Day> days,
        Instant recordedAt) implements EnrollmentEvent {

    /** One session day's attendance. */
    public record Day(LocalDate date, AttendanceStatus status) {
    }

    @Override
    public String aggregateId() {
        return enrollmentId;
    }
}
