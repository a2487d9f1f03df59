package id.kompeten.enrollment.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

@ApplicationScoped
public class SessionClosureRepository implements PanacheRepositoryBase<SessionClosure, String> {

    /**
     * Claims the close of a session: true when this transaction inserted the closure row, false when it exists. A
     * close still running elsewhere holds the row, so this waits for it to commit (then false) or roll back (then
     * true): two closes never both decide.
     */
    public boolean claim(String sessionId, Instant at, String by) {
        return getEntityManager().createNativeQuery("INSERT IGNORE INTO session_closure"
                + " (session_id, closed_at, closed_by, completed, failed) VALUES (:id, :at, :by, 0, 0)")
                .setParameter("id", sessionId)
                .setParameter("at", Timestamp.from(at.truncatedTo(ChronoUnit.MICROS)))
                .setParameter("by", by)
                .executeUpdate() == 1;
    }

    /**
     * Whether the session is closed, as committed now, under a shared lock: a close that starts meanwhile waits until
     * this transaction (recording attendance or scores) has committed, and one running now is waited for.
     */
    public boolean isClosedLocking(String sessionId) {
        return !getEntityManager().createNativeQuery("SELECT session_id FROM session_closure WHERE session_id = :id"
                + " LOCK IN SHARE MODE")
                .setParameter("id", sessionId)
                .getResultList().isEmpty();
    }
}
