package id.kompeten.contracts.enrollment;

import java.time.Instant;

/**
 * A participant asked for a seat, or a unit admin nominated them (`nominated`); status REQUESTED, waiting for
 * their supervisor. Key: the enrollment id.
 *
 * @param enrollment the enrollment after the change
 * @param occurredAt when it happened (the transaction's time)
 */
public record EnrollmentRequested(EnrollmentSnapshot enrollment, Instant occurredAt) implements EnrollmentEvent {

    @Override
    public String aggregateId() {
        return enrollment.enrollmentId();
    }
}
