package id.kompeten.enrollment.domain;

import id.kompeten.contracts.catalog.SessionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Enrollment's seat counter of one session: how many are confirmed and waitlisted, against which capacity (the last
 * one the catalogue replica gave), in which waitlist order. Every change of who holds a seat locks this row first
 * ({@link SessionSeatsRepository#lock}) and changes the counts here in the same transaction, so the counts are exact
 * with any number of instances on one database. {@code version} grows by one with every change of the counts and is
 * the version of the {@code SeatsChanged} that announces it; it is not an optimistic lock (the row lock is).
 */
@Entity
@Table(name = "session_seats")
public class SessionSeats {

    @Id
    @Column(name = "session_id", nullable = false, updatable = false)
    private String sessionId;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private int confirmed;

    @Column(nullable = false)
    private int waitlisted;

    @Enumerated(EnumType.STRING)
    @Column(name = "waitlist_policy", nullable = false)
    private WaitlistPolicy waitlistPolicy;

    @Column(nullable = false)
    private long version;

    /** The catalogue version of the session whose capacity this row last took (0: none yet). */
    @Column(name = "session_version", nullable = false)
    private long sessionVersion;

    /** The session's status in that version; null on rows written before it was kept, until the next version. */
    @Enumerated(EnumType.STRING)
    @Column(name = "session_status")
    private SessionStatus sessionStatus;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SessionSeats() {
    }

    /** Seats confirmations may still take: never negative (a capacity decrease keeps the confirmed people). */
    public int freeSeats() {
        return Math.max(0, capacity - confirmed);
    }

    /**
     * Sets the counts and the capacity; when any of them differs, bumps the version and returns true (the caller
     * then publishes one SeatsChanged with this row). Nothing changes, nothing is announced.
     */
    public boolean update(int capacity, int confirmed, int waitlisted, Instant now) {
        if (confirmed < 0 || waitlisted < 0 || capacity < 0) {
            throw new IllegalStateException("negative seat count for session " + sessionId);
        }
        if (capacity == this.capacity && confirmed == this.confirmed && waitlisted == this.waitlisted) {
            return false;
        }
        this.capacity = capacity;
        this.confirmed = confirmed;
        this.waitlisted = waitlisted;
        this.version++;
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    /**
     * Takes the capacity and status of this catalogue version of the session, if it is newer than the one taken last;
     * returns the capacity to count against (the new one, or the one held). An older or equal version changes nothing:
     * a replica rebuild replays a session's old snapshots, and they must not bring back an old capacity or status. The
     * counts and version change only through {@link #update}.
     */
    public int takeSnapshot(long sessionVersion, int capacity, SessionStatus status) {
        if (sessionVersion > this.sessionVersion) {
            this.sessionVersion = sessionVersion;
            this.sessionStatus = status;
            return capacity;
        }
        return this.capacity;
    }

    /** The order of promotion from now on; the counts (and the version) stay. False when it is already this one. */
    public boolean changeWaitlistPolicy(WaitlistPolicy policy, Instant now) {
        if (policy == waitlistPolicy) {
            return false;
        }
        this.waitlistPolicy = policy;
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    public String sessionId() {
        return sessionId;
    }

    public int capacity() {
        return capacity;
    }

    public int confirmed() {
        return confirmed;
    }

    public int waitlisted() {
        return waitlisted;
    }

    public WaitlistPolicy waitlistPolicy() {
        return waitlistPolicy;
    }

    public long version() {
        return version;
    }

    public long sessionVersion() {
        return sessionVersion;
    }

    /** The status of the newest session version taken ({@link #takeSnapshot}); empty on rows from before it was kept. */
    public Optional<SessionStatus> sessionStatus() {
        return Optional.ofNullable(sessionStatus);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
