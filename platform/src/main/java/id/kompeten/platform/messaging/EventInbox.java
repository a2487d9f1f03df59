package id.kompeten.platform.messaging;

import id.kompeten.contracts.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Function;
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
     * Applies {@code effect} to the event unless {@code consumer} already processed it, and records it as processed
     * only if the effect applied it or deliberately ignored it ({@link EffectOutcome#recorded()}).
     *
     * @param consumer a stable name of the effect (one service may apply several effects to the same event)
     * @return what the effect did, or empty if the event had been processed before
     */
    @Transactional
    public <E extends DomainEvent> Optional<EffectOutcome> process(String consumer, IncomingEvent<E> event,
            Function<E, EffectOutcome> effect) {
        // Recording first takes the row lock, so a concurrent delivery of the same event waits for this one.
        if (!processed.firstDelivery(consumer, event)) {
            LOG.debugf("%s already processed event %s (%s); skipping redelivery", consumer, event.id(), event.type());
            return Optional.empty();
        }
        EffectOutcome outcome = effect.apply(event.data());
        if (!outcome.recorded()) {
            processed.forget(consumer, event);
        }
        return Optional.of(outcome);
    }
}
