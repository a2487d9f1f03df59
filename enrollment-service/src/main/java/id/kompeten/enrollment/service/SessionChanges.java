package id.kompeten.enrollment.service;

import id.kompeten.catalogreplica.SessionReplica;
import id.kompeten.catalogreplica.SessionReplicaChanged;
import id.kompeten.contracts.catalog.SessionStatus;
import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.enrollment.domain.EnrollmentRepository;
import id.kompeten.enrollment.domain.EnrollmentStatus;
import id.kompeten.enrollment.service.SeatKeeper.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reacts to the catalogue's session changes inside the transaction that applies them to the replica: a cancelled
 * session cancels its open enrollments; a newer capacity is counted against (raised: the waitlist fills the new seats;
 * lowered: confirmed people stay, confirmations stop until seats are free again).
 * <p>
 * A replica rebuild replays every session's snapshots, old ones included, and fires this again for each. So it acts
 * on the current state, idempotently: cancelling what is still open of a cancelled session changes nothing the second
 * time, and a capacity is taken only from a session version newer than the one the seat counter took last
 * ({@link id.kompeten.enrollment.domain.SessionSeats#takeSnapshot}), so a replayed old capacity does not come back;
 * nor does an older snapshot promote anyone when the session is RUNNING now ({@link SeatKeeper#fill}: the status
 * of the newest snapshot decides).
 */
@ApplicationScoped
class SessionChanges {

    private final EnrollmentRepository enrollments;
    private final SeatKeeper seats;
    private final EnrollmentEvents events;
    private final EnrollmentService service;
    private final Clock clock;

    SessionChanges(EnrollmentRepository enrollments, SeatKeeper seats, EnrollmentEvents events,
            EnrollmentService service, Clock clock) {
        this.enrollments = enrollments;
        this.seats = seats;
        this.events = events;
        this.service = service;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onSessionChanged(@Observes SessionReplicaChanged change) {
        SessionReplica session = change.session();
        Instant now = Instant.now(clock);
        Optional<Ledger> ledger = seats.openExisting(session);
        if (session.status() == SessionStatus.CANCELLED) {
            cancelOpenEnrollments(session, ledger, now);
        } else {
            ledger.ifPresent(held -> seats.fill(held, now, service::overlap));
        }
        ledger.ifPresent(held -> seats.close(held, now));
    }

    private void cancelOpenEnrollments(SessionReplica session, Optional<Ledger> ledger, Instant now) {
        String reason = session.cancellationReason() == null ? "Session cancelled" : session.cancellationReason();
        for (EnrollmentStatus status : List.of(EnrollmentStatus.REQUESTED, EnrollmentStatus.WAITLISTED,
                EnrollmentStatus.CONFIRMED)) {
            for (Enrollment enrollment : enrollments.lockOfSession(session.id(), status)) {
                enrollment.cancel(now, reason);
                ledger.ifPresent(held -> held.left(status));
                events.cancelled(enrollment, now);
            }
        }
    }
}
