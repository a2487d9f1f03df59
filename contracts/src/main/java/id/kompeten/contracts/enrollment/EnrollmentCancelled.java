package id.kompeten.contracts.enrollment;

import java.time.Instant;

/**
 * The enrollment was cancelled because its session was cancelled (`endReason` is the session's cancellation
 * reason). Key: the enrollment id.
 *
 * @param enrollment the enrollment after the change
 * @param occurredAt when it happened (the transaction's time)
 */
public record EnrollmentCancelled(EnrollmentSnapshot enrollment, Instant occurredAt) implements EnrollmentEvent {

    @Override
    public String aggregateId() {
        return enrollment.enrollmentId();
    }
}
