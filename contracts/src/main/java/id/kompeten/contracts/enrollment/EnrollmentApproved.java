package id.kompeten.contracts.enrollment;

import java.time.Instant;

/**
 * The participant's supervisor (or an admin) approved the request (`decidedBy`). Always followed, in the same
 * transaction, by {@link EnrollmentConfirmed} or {@link EnrollmentWaitlisted}; the snapshot already has that status.
 * Key: the enrollment id.
 *
 * @param enrollment the enrollment after the change
 * @param occurredAt when it happened (the transaction's time)
 */
public record EnrollmentApproved(EnrollmentSnapshot enrollment, Instant occurredAt) implements EnrollmentEvent {

    @Override
    public String aggregateId() {
        return enrollment.enrollmentId();
    }
}
