package id.kompeten.contracts.enrollment;

import java.time.Instant;

/**
 * The participant (or an admin) withdrew before the session's outcome; a seat it held is freed.
 * Key: the enrollment id.
 *
 * @param enrollment the enrollment after the change
 * @param occurredAt when it happened (the transaction's time)
 */
public record EnrollmentWithdrawn(EnrollmentSnapshot enrollment, Instant occurredAt) implements EnrollmentEvent {

    @Override
    public String aggregateId() {
        return enrollment.enrollmentId();
    }
}
