package id.kompeten.enrollment.service;

import id.kompeten.catalogreplica.SessionReplica;
import id.kompeten.contracts.catalog.SessionStatus;
import id.kompeten.enrollment.config.EnrollmentConfig;
import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.enrollment.domain.EnrollmentRepository;
import id.kompeten.enrollment.domain.EnrollmentStatus;
import id.kompeten.enrollment.domain.JpStanding;
import id.kompeten.enrollment.domain.SessionSeats;
import id.kompeten.enrollment.domain.SessionSeatsRepository;
import id.kompeten.enrollment.domain.TranscriptRepository;
import id.kompeten.enrollment.domain.WaitlistPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Seat accounting. Every change of who holds a seat of a session opens a {@link Ledger} on it, which locks the
 * session's {@link SessionSeats} row ({@code SELECT ... FOR UPDATE}) for the rest of the transaction, and closes it
 * in the same transaction: counts written, version bumped, one SeatsChanged published, only if something changed.
 * Two instances on one database serialise on that row; no JVM lock is involved.
 */
@ApplicationScoped
class SeatKeeper {

    private final SessionSeatsRepository seats;
    private final EnrollmentRepository enrollments;
    private final EnrollmentEvents events;
    private final TranscriptRepository transcripts;
    private final EnrollmentConfig config;

    SeatKeeper(SessionSeatsRepository seats, EnrollmentRepository enrollments, EnrollmentEvents events,
            TranscriptRepository transcripts, EnrollmentConfig config) {
        this.seats = seats;
        this.enrollments = enrollments;
        this.events = events;
        this.transcripts = transcripts;
        this.config = config;
    }

    /** The session's counter, created on first use, locked; its capacity taken from a newer replica snapshot. */
    @Transactional(Transactional.TxType.MANDATORY)
    Ledger open(SessionReplica session) {
        SessionSeats row = seats.lock(session.id(), session.capacity());
        return ledger(row, session);
    }

    /** The session's counter if it exists, locked; empty when no approval ever touched the session. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Ledger> openExisting(SessionReplica session) {
        return seats.lock(session.id()).map(row -> ledger(row, session));
    }

    /**
     * A snapshot older than the one the counter took last comes from a replica rebuild's replay, or from a request
     * that read the replica just before a newer snapshot landed (its plain read cannot see what committed after it
     * began): the status the counter kept of the newer one decides then. Rows from before the status was kept know
     * none, and then nobody is promoted from an older snapshot.
     */
    private static Ledger ledger(SessionSeats row, SessionReplica session) {
        SessionStatus status = session.sourceVersion() >= row.sessionVersion() ? session.status()
                : row.sessionStatus().orElse(null); // read before takeSnapshot moves the row on
        int capacity = row.takeSnapshot(session.sourceVersion(), session.capacity(), session.status());
        return new Ledger(row, session, capacity, status);
    }

    /**
     * Gives free seats to waitlisted people in the session's waitlist order, skipping anyone confirmed elsewhere on
     * one of the session's days (they stay waitlisted). Only while the session takes enrollments (OPEN, FULL) in the
     * newest snapshot the counter knows: a replica rebuild replays old OPEN snapshots of sessions now RUNNING, whose
     * seats freed since then are not to be given.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Enrollment> fill(Ledger ledger, Instant now, OverlapCheck overlaps) {
        List<Enrollment> promoted = new ArrayList<>();
        if (ledger.freeSeats() == 0 || ledger.waitlisted == 0
                || (ledger.status != SessionStatus.OPEN && ledger.status != SessionStatus.FULL)) {
            return promoted;
        }
        enrollments.flush(); // the locking read below sees this transaction's changes
        List<Enrollment> waiting = enrollments.lockOfSession(ledger.row.sessionId(), EnrollmentStatus.WAITLISTED);
        for (Enrollment next : inPolicyOrder(ledger, waiting)) {
            if (ledger.freeSeats() == 0) {
                break;
            }
            if (overlaps.find(next.nip(), ledger.session).isPresent()) {
                continue;
            }
            next.promote(now);
            ledger.waitlisted--;
            ledger.confirmed++;
            events.promoted(next, now);
            promoted.add(next);
        }
        return promoted;
    }

    /** Writes the counts; when anything changed, bumps the version and publishes one SeatsChanged. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean close(Ledger ledger, Instant now) {
        boolean changed = ledger.row.update(ledger.capacity, ledger.confirmed, ledger.waitlisted, now);
        if (changed) {
            seats.flush();
            events.seatsChanged(ledger.row, now);
        }
        return changed;
    }

    /**
     * The waitlist in the session's policy order. JP-deficit priority reads the JP each person earned in the year the
     * session ends from the completion records, as transcripts and the compliance report do, and measures the deficit
     * as their shortfall does.
     */
    private List<Enrollment> inPolicyOrder(Ledger ledger, List<Enrollment> waiting) {
        WaitlistPolicy policy = ledger.row.waitlistPolicy();
        int year = JpStanding.yearOf(ledger.session.endDate());
        Map<String, Integer> earned = policy == WaitlistPolicy.JP_DEFICIT_PRIORITY
                ? transcripts.jpEarned(year, waiting.stream().map(Enrollment::nip).collect(Collectors.toSet()))
                : Map.of();
        Map<String, Enrollment> byId = waiting.stream().collect(Collectors.toMap(Enrollment::id, Function.identity()));
        return policy.sort(waiting.stream()
                        .map(e -> new WaitlistPolicy.Candidate(e.id(), e.requestedAt(), new JpStanding(year,
                                config.yearlyMinimumJp(), earned.getOrDefault(e.nip(), 0), 0).shortfallJp()))
                        .toList())
                .stream().map(candidate -> byId.get(candidate.enrollmentId())).toList();
    }

    /** Finds a CONFIRMED enrollment of the person in another session sharing a day with this one. */
    @FunctionalInterface
    interface OverlapCheck {
        Optional<Overlap> find(String nip, SessionReplica session);

        OverlapCheck NONE = (nip, session) -> Optional.empty();
    }

    record Overlap(Enrollment other, LocalDate day) {
    }

    /** The locked counter of one session, changed in memory by the transaction and written by {@link #close}. */
    static final class Ledger {

        private final SessionSeats row;
        private final SessionReplica session;
        /** The session's status in the newest snapshot the counter knows; null: unknown. */
        private final SessionStatus status;
        private int capacity;
        private int confirmed;
        private int waitlisted;

        private Ledger(SessionSeats row, SessionReplica session, int capacity, SessionStatus status) {
            this.row = row;
            this.session = session;
            this.status = status;
            this.capacity = capacity;
            this.confirmed = row.confirmed();
            this.waitlisted = row.waitlisted();
        }

        int freeSeats() {
            return Math.max(0, capacity - confirmed);
        }

        void seatTaken() {
            confirmed++;
        }

        void waitlistJoined() {
            waitlisted++;
        }

        /** The enrollment that held this status no longer does (withdrawn, rejected, cancelled). */
        void left(EnrollmentStatus heldStatus) {
            if (heldStatus == EnrollmentStatus.CONFIRMED) {
                confirmed--;
            } else if (heldStatus == EnrollmentStatus.WAITLISTED) {
                waitlisted--;
            }
        }

        SessionSeats row() {
            return row;
        }

        SessionReplica session() {
            return session;
        }

        static final Set<EnrollmentStatus> COUNTED = Set.of(EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED);
    }
}
