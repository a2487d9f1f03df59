package id.kompeten.contracts.enrollment;

import java.time.Instant;

/**
 * The supervisor (or an admin) rejected the enrollment with a reason (`decisionReason`), before or after
 * approval; a seat it held is freed (and goes to the waitlist in the same transaction). Key: the enrollment id.
 *
 * @param enrollment the enrollment after the change
 * @param occurredAt when it happened (the transaction's time)
 */
public record EnrollmentRejected(EnrollmentSnapshot enrollment, Instant occurredAt) implements EnrollmentEvent {

    @Override
    public String aggregateId() {
        return enrollment.enrollmentId();
    }
}
