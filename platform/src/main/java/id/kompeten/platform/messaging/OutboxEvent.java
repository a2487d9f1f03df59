package id.kompeten.platform.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An event waiting in (or shipped from) the outbox. Rows are written by {@link OutboxWriter} only. A row is pending
 * until it is sent or an operator discards it; a pending row Kafka refused {@link OutboxConfig#maxAttempts()} times for
 * a reason of its own is parked, and holds back the later rows of its aggregate (topic and key) until an operator
 * retries or discards it.
 */
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

    /** How often Kafka refused this row for a reason of its own (never for an outage); parks it at the limit. */
    @Column(nullable = false)
    int refusals;

    @Column(name = "parked_at")
    Instant parkedAt;

    @Column(name = "discarded_at")
    Instant discardedAt;

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

    /**
     * The oldest pending events the relay may ship, in the order they were written: not parked, and not of an aggregate
     * that has a parked row (all its pending rows are later than that one, which they must not overtake).
     */
    static List<OutboxEvent> shippable(int limit) {
        return find("from OutboxEvent e where e.sentAt is null and e.discardedAt is null and e.parkedAt is null"
                + " and not exists (select p.id from OutboxEvent p where p.parkedAt is not null and p.sentAt is null"
                + " and p.discardedAt is null and p.topic = e.topic and p.key = e.key) order by e.id")
                .page(Page.ofSize(limit)).list();
    }

    /** How many events still wait to be shipped, parked ones included. */
    public static long countPending() {
        return count("sentAt is null and discardedAt is null");
    }

    /** Parked events, for operators. */
    static PanacheQuery<OutboxEvent> parked(Sort sort) {
        return find("parkedAt is not null and sentAt is null and discardedAt is null", sort);
    }

    /** Pending, parked and the age of the oldest pending event, for the gauges and the health check. */
    static OutboxStats stats(Instant now) {
        Object[] row = (Object[]) getEntityManager().createQuery("select count(e), min(e.occurredAt),"
                        + " coalesce(sum(case when e.parkedAt is not null then 1 else 0 end), 0)"
                        + " from OutboxEvent e where e.sentAt is null and e.discardedAt is null")
                .getSingleResult();
        Instant oldest = (Instant) row[1];
        return new OutboxStats(((Number) row[0]).longValue(), ((Number) row[2]).longValue(),
                oldest == null ? Duration.ZERO : Duration.between(oldest, now).abs(), now);
    }

    /**
     * The row, locked until the transaction ends. A native plain {@code FOR UPDATE}: Hibernate's MySQL dialect writes
     * {@code FOR UPDATE OF <alias>}, which MariaDB (tests, local run) does not understand.
     */
    static Optional<OutboxEvent> findForUpdate(long id) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM outbox_event WHERE id = ?1 FOR UPDATE", OutboxEvent.class)
                .setParameter(1, id)
                .getResultStream()
                .map(OutboxEvent.class::cast)
                .findFirst();
    }

    /** Pending events of this one's aggregate written after it: what a parked event holds back. */
    long waitingBehind() {
        return count("sentAt is null and discardedAt is null and topic = ?1 and key = ?2 and id > ?3", topic, key, id);
    }

    /** Events that were written for one aggregate, oldest first (useful to operators and tests). */
    public static List<OutboxEvent> forKey(String topic, String key) {
        return list("topic = ?1 and key = ?2 order by id", topic, key);
    }

    /** Events shipped or discarded before the cut-off, which the relay may delete. */
    static long deleteFinishedBefore(Instant cutOff) {
        return delete("sentAt < ?1 or discardedAt < ?1", cutOff);
    }

    void markSent(Instant when) {
        sentAt = when;
        attempts++;
        lastError = null;
    }

    /** Kafka could not take it for now (broker away, timeout): it waits, however often this happens. */
    void markFailed(String error) {
        attempts++;
        lastError = truncate(error);
    }

    /** Kafka refused this row for a reason of its own; returns true if that parked it. */
    boolean markRefused(String error, int maxAttempts, Instant when) {
        markFailed(error);
        refusals++;
        if (refusals >= maxAttempts) {
            parkedAt = when;
            return true;
        }
        return false;
    }

    /** An operator fixed the cause: the relay ships it again, before the rows it held back. */
    void retry() {
        parkedAt = null;
        refusals = 0;
    }

    /** An operator gave up on it: it is never shipped, and the rows it held back go on. */
    void discard(Instant when) {
        discardedAt = when;
    }

    private static String truncate(String error) {
        return error == null ? "unknown" : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
    }

    public Long id() {
        return id;
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

    public int attempts() {
        return attempts;
    }

    /** The last error Kafka gave, or null once sent. */
    public String lastError() {
        return lastError;
    }

    public Instant parkedAt() {
        return parkedAt;
    }

    public Instant discardedAt() {
        return discardedAt;
    }

    public boolean parked() {
        return parkedAt != null && sentAt == null && discardedAt == null;
    }
}
