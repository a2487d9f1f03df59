package id.kompeten.contracts.enrollment;

import java.time.Instant;

/**
 * A freed seat (withdrawal, rejection, capacity increase) went to this waitlisted enrollment, in the session's
 * waitlist order: WAITLISTED → CONFIRMED. Key: the enrollment id.
 *
 * @param enrollment the enrollment after the change
 * @param occurredAt when it happened (the transaction's time)
 */
public record EnrollmentPromoted(EnrollmentSnapshot enrollment, Instant occurredAt) implements EnrollmentEvent {

    @Override
    public String aggregateId() {
        return enrollment.enrollmentId();
    }
}
