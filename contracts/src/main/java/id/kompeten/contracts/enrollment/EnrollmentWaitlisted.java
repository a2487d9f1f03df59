package id.kompeten.contracts.enrollment;

import java.time.Instant;

/**
 * Approval found no free seat (or confirmations are stopped because the capacity was lowered): status WAITLISTED.
 * Key: the enrollment id.
 *
 * @param enrollment the enrollment after the change
 * @param occurredAt when it happened (the transaction's time)
 */
public record EnrollmentWaitlisted(EnrollmentSnapshot enrollment, Instant occurredAt) implements EnrollmentEvent {

    @Override
    public String aggregateId() {
        return enrollment.enrollmentId();
    }
}
