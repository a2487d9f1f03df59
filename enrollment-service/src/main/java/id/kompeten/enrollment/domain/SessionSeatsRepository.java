package id.kompeten.enrollment.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SessionSeatsRepository implements PanacheRepositoryBase<SessionSeats, String> {

    /**
     * The session's seat counter, created on first use (capacity {@code capacityIfNew}, nothing taken, first come first
     * served, version 0), its row locked for update until the transaction ends and read by the locking read itself
     * (the latest committed state; a plain read may see an older snapshot). Call it before the row is otherwise loaded
     * in the transaction: Hibernate hands back an already loaded instance as it was.
     * <p>
     * The row is created with {@code INSERT ... ON DUPLICATE KEY UPDATE}, which takes an exclusive lock on an existing
     * row at once: {@code INSERT IGNORE} would take a shared one, and concurrent first users all upgrading their shared
     * lock to the exclusive one of the {@code FOR UPDATE} deadlock. Native SQL: Hibernate's MySQL dialect writes
     * {@code FOR UPDATE OF <alias>}, which MariaDB does not understand.
     */
    public SessionSeats lock(String sessionId, int capacityIfNew) {
        getEntityManager()
                .createNativeQuery("INSERT INTO session_seats (session_id, capacity, confirmed, waitlisted,"
                        + " waitlist_policy, version, updated_at) VALUES (?1, ?2, 0, 0, ?3, 0, ?4)"
                        + " ON DUPLICATE KEY UPDATE session_id = session_id")
                .setParameter(1, sessionId)
                .setParameter(2, Math.max(0, capacityIfNew))
                .setParameter(3, WaitlistPolicy.FIRST_COME_FIRST_SERVED.name())
                .setParameter(4, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)))
                .executeUpdate();
        return lock(sessionId).orElseThrow();
    }

    /** The session's seat counter locked as by {@link #lock(String, int)}, if it exists; creates nothing. */
    public Optional<SessionSeats> lock(String sessionId) {
        @SuppressWarnings("unchecked")
        List<SessionSeats> found = getEntityManager()
                .createNativeQuery("SELECT * FROM session_seats WHERE session_id = ?1 FOR UPDATE", SessionSeats.class)
                .setParameter(1, sessionId)
                .getResultList();
        return found.stream().findFirst();
    }
}
