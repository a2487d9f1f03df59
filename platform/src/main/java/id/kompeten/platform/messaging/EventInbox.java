package id.kompeten.platform.messaging;

import id.kompeten.contracts.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The transactional half of an idempotent consumer: records the event id and applies the effect in one transaction,
 * so a redelivered event changes nothing and a failed effect leaves no "processed" mark behind.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final ProcessedEvents processed;

    EventInbox(ProcessedEvents processed) {
        this.processed = processed;
    }

    /**
     * Applies {@code effect} to the event unless {@code consumer} already processed it.
     *
     * @param consumer a stable name of the effect (one service may apply several effects to the same event)
     * @return true if the effect ran
     */
    @Transactional
    public <E extends DomainEvent> boolean process(String consumer, IncomingEvent<E> event, Consumer<E> effect) {
        if (!processed.firstDelivery(consumer, event)) {
            LOG.debugf("%s already processed event %s (%s); skipping redelivery", consumer, event.id(), event.type());
            return false;
        }
        effect.accept(event.data());
        return true;
    }
}
