package id.kompeten.platform.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** An event waiting in (or shipped from) the outbox. Rows are written by {@link OutboxWriter} only. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    private static final int MAX_ERROR_LENGTH = 1000;

    /** Insertion order, which is the order the relay ships in. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    String eventId;

    @Column(nullable = false, updatable = false)
    String topic;

    @Column(name = "event_key", nullable = false, updatable = false)
    String key;

    @Column(name = "event_type", nullable = false, updatable = false)
    String type;

    @Column(nullable = false, updatable = false)
    String source;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    Instant occurredAt;

    @Column(nullable = false, updatable = false)
    String payload;

    @Column(name = "sent_at")
    Instant sentAt;

    @Column(nullable = false)
    int attempts;

    @Column(name = "last_error")
    String lastError;

    protected OutboxEvent() {
    }

    OutboxEvent(String eventId, String topic, String key, String type, String source, Instant occurredAt, String payload) {
        this.eventId = eventId;
        this.topic = topic;
        this.key = key;
        this.type = type;
        this.source = source;
        this.occurredAt = occurredAt;
        this.payload = payload;
    }

    /** The oldest unsent events, in the order they were written. */
    static List<OutboxEvent> pending(int limit) {
        return find("sentAt is null order by id").page(Page.ofSize(limit)).list();
    }

    /** How many events still wait to be shipped. */
    public static long countPending() {
        return count("sentAt is null");
    }

    /** Events that were written for one aggregate, oldest first (useful to operators and tests). */
    public static List<OutboxEvent> forKey(String topic, String key) {
        return list("topic = ?1 and key = ?2 order by id", topic, key);
    }

    /** Shipped events older than the cut-off, which the relay may delete. */
    static long deleteSentBefore(Instant cutOff) {
        return delete("sentAt < ?1", cutOff);
    }

    void markSent(Instant when) {
        sentAt = when;
        attempts++;
        lastError = null;
    }

    void markFailed(String error) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
    }

    public String eventId() {
        return eventId;
    }

    public String topic() {
        return topic;
    }

    public String key() {
        return key;
    }

    public String type() {
        return type;
    }

    public String source() {
        return source;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String payload() {
        return payload;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
