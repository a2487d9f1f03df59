package id.kompeten.platform.messaging;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The record of which events a consumer has already applied, kept in the consumer's own database. */
@ApplicationScoped
public class ProcessedEvents {

    /**
     * Records the event as processed by {@code consumer}. Returns false if it already was: the caller then skips the
     * effect. A concurrent delivery of the same event waits on the row lock and then sees it as processed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, IncomingEvent<?> event) {
        // INSERT IGNORE reports 0 rows for an existing key (Connector/J's default "found rows" would not tell apart
        // ON DUPLICATE KEY UPDATE no-ops).
        int inserted = Panache.getEntityManager().createNativeQuery(
                "INSERT IGNORE INTO processed_event (consumer, event_id, event_type, topic, processed_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, event.topic())
                .setParameter(5, Instant.now())
                .executeUpdate();
        return inserted == 1;
    }

    /** Takes back {@link #firstDelivery}, in the same transaction, for an event the consumer did not handle. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String consumer, IncomingEvent<?> event) {
        Panache.getEntityManager()
                .createNativeQuery("DELETE FROM processed_event WHERE consumer = ?1 AND event_id = ?2")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .executeUpdate();
    }

    /** Forgets everything {@code consumer} processed, so a replay of its topics applies every event again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetAll(String consumer) {
        return Panache.getEntityManager()
                .createNativeQuery("DELETE FROM processed_event WHERE consumer = ?1")
                .setParameter(1, consumer)
                .executeUpdate();
    }

    /** How many times an event id was recorded for a consumer (0 or 1); for operators and tests. */
    public long count(String consumer, String eventId) {
        return ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM processed_event WHERE consumer = ?1 AND event_id = ?2")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .getSingleResult()).longValue();
    }
}
