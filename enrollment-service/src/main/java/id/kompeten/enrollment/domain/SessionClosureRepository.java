package id.kompeten.enrollment.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

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
     * The closure as committed now (a locking read): a plain read would show the transaction's snapshot, taken before
     * a racing close committed, and miss the row that {@link #claim} just found. When there is none yet, the shared
     * lock makes a close that starts meanwhile wait until this transaction (recording attendance or scores) commits.
     */
    public Optional<SessionClosure> findCurrent(String sessionId) {
        return getEntityManager().createNativeQuery("SELECT * FROM session_closure WHERE session_id = :id"
                + " LOCK IN SHARE MODE", SessionClosure.class)
                .setParameter("id", sessionId)
                .getResultList().stream().map(SessionClosure.class::cast).findFirst();
    }
}
