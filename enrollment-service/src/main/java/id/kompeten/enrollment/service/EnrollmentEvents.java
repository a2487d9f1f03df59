package id.kompeten.enrollment.service;

import id.kompeten.contracts.enrollment.EnrollmentApproved;
import id.kompeten.contracts.enrollment.EnrollmentCancelled;
import id.kompeten.contracts.enrollment.EnrollmentConfirmed;
import id.kompeten.contracts.enrollment.EnrollmentPromoted;
import id.kompeten.contracts.enrollment.EnrollmentRejected;
import id.kompeten.contracts.enrollment.EnrollmentRequested;
import id.kompeten.contracts.enrollment.EnrollmentSnapshot;
import id.kompeten.contracts.enrollment.EnrollmentStatus;
import id.kompeten.contracts.enrollment.EnrollmentWaitlisted;
import id.kompeten.contracts.enrollment.EnrollmentWithdrawn;
import id.kompeten.contracts.enrollment.SeatsChanged;
import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.enrollment.domain.EnrollmentRepository;
import id.kompeten.enrollment.domain.SessionSeats;
import id.kompeten.platform.messaging.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.function.BiFunction;

/**
 * Publishes the lifecycle's events through the outbox, in the transaction that made the change. The enrollment is
 * flushed first, so the snapshot carries the version the change gave it.
 */
@ApplicationScoped
class EnrollmentEvents {

    private final OutboxWriter outbox;
    private final EnrollmentRepository enrollments;

    EnrollmentEvents(OutboxWriter outbox, EnrollmentRepository enrollments) {
        this.outbox = outbox;
        this.enrollments = enrollments;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void requested(Enrollment enrollment, Instant at) {
        publish(enrollment, at, EnrollmentRequested::new);
    }

    /** Approved, then Confirmed or Waitlisted, as the enrollment's status says. */
    @Transactional(Transactional.TxType.MANDATORY)
    void approved(Enrollment enrollment, Instant at) {
        publish(enrollment, at, EnrollmentApproved::new);
        EnrollmentSnapshot snapshot = snapshot(enrollment);
        outbox.publish(snapshot.status() == EnrollmentStatus.CONFIRMED
                ? new EnrollmentConfirmed(snapshot, at) : new EnrollmentWaitlisted(snapshot, at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void promoted(Enrollment enrollment, Instant at) {
        publish(enrollment, at, EnrollmentPromoted::new);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void rejected(Enrollment enrollment, Instant at) {
        publish(enrollment, at, EnrollmentRejected::new);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void withdrawn(Enrollment enrollment, Instant at) {
        publish(enrollment, at, EnrollmentWithdrawn::new);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void cancelled(Enrollment enrollment, Instant at) {
        publish(enrollment, at, EnrollmentCancelled::new);
    }

    /** The seat counter as it stands after the change (one event per transaction that changed it). */
    @Transactional(Transactional.TxType.MANDATORY)
    void seatsChanged(SessionSeats seats, Instant at) {
        outbox.publish(new SeatsChanged(seats.sessionId(), seats.confirmed(), seats.capacity(), seats.waitlisted(),
                seats.version(), at));
    }

    private void publish(Enrollment enrollment, Instant at,
            BiFunction<EnrollmentSnapshot, Instant, ? extends id.kompeten.contracts.enrollment.EnrollmentEvent> type) {
        enrollments.flush();
        outbox.publish(type.apply(snapshot(enrollment), at));
    }

    static EnrollmentSnapshot snapshot(Enrollment e) {
        return new EnrollmentSnapshot(e.id(), e.sessionId(), e.courseId(), e.nip(), e.unitCode(), e.positionCode(),
                e.positionName(), EnrollmentStatus.valueOf(e.status().name()), e.nominated(), e.requestedAt(),
                e.requestedBy(), e.decidedAt(), e.decidedBy(), e.decisionReason(), e.confirmedAt(), e.waitlistedAt(),
                e.endedAt(), e.endReason(), e.version());
    }
}
