package id.kompeten.platform.messaging;

import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.NotFoundProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * What an operator does with parked outbox events: look at them, retry one once its cause is fixed (e.g. the broker's
 * size limit raised or the topic's ACL granted), or discard one that can never be shipped. Either way the events its
 * aggregate held back behind it go on, in order.
 */
@ApplicationScoped
public class ParkedOutboxEvents {

    private static final Logger LOG = Logger.getLogger(ParkedOutboxEvents.class);
    private static final Map<String, String> SORTABLE = Map.of("id", "id", "parkedAt", "parkedAt", "topic", "topic");

    /** Parked events, oldest first unless sorted otherwise (by {@code id}, {@code parkedAt} or {@code topic}). */
    @Transactional
    public PageResponse<ParkedEvent> list(PageRequest page) {
        return PageResponse.of(OutboxEvent.parked(page.toSort(SORTABLE, Sort.by("id"))), page, ParkedOutboxEvents::withQueue);
    }

    /** Unparks the event: the relay ships it on its next run, before the events it held back. */
    @Transactional
    public ParkedEvent retry(long id) {
        OutboxEvent event = parked(id);
        event.retry();
        LOG.infof("Operator retries parked outbox event %s (%s, key %s)", event.eventId(), event.type(), event.key());
        return withQueue(event);
    }

    /** Gives up on the event: it is never shipped; the events it held back go on. */
    @Transactional
    public ParkedEvent discard(long id) {
        OutboxEvent event = parked(id);
        event.discard(Instant.now());
        LOG.warnf("Operator discarded parked outbox event %s (%s, key %s); it will never be published",
                event.eventId(), event.type(), event.key());
        return withQueue(event);
    }

    private static ParkedEvent withQueue(OutboxEvent event) {
        return new ParkedEvent(event, event.waitingBehind());
    }

    /**
     * A parked event (or one an operator just retried or discarded) and how many pending events of its aggregate wait
     * behind it.
     */
    public record ParkedEvent(OutboxEvent event, long waitingBehind) {
    }

    private static OutboxEvent parked(long id) {
        // Locked, so the relay (which updates rows it tried) and a second operator see this change or wait for it.
        OutboxEvent event = OutboxEvent.findForUpdate(id).orElseThrow(() -> new NotFoundProblem("OutboxEvent", id));
        if (!event.parked()) {
            throw new ConflictProblem("problem.outbox-event-not-parked.detail", id);
        }
        return event;
    }
}
