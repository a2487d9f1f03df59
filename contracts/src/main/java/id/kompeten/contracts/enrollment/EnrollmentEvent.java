package id.kompeten.contracts.enrollment;

import id.kompeten.contracts.DomainEvent;

/**
 * Events of enrollment-service, published on {@code enrollment.events}. Keys: the aggregate each event is about:
 * the session id for the session's seat count ({@link SeatsChanged}), the enrollment id for an enrollment's own
 * events, so each aggregate's events stay in order; nothing is ordered across keys.
 */
public sealed interface EnrollmentEvent extends DomainEvent permits SeatsChanged,
        EnrollmentRequested, EnrollmentApproved, EnrollmentRejected, EnrollmentConfirmed,
        EnrollmentWaitlisted, EnrollmentPromoted, EnrollmentWithdrawn, EnrollmentCancelled,
        AttendanceRecorded, CourseCompleted, CourseFailed {
}
