package id.kompeten.platform.messaging;

import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way a service publishes an event: a row in the outbox, in the caller's transaction, so the event exists if
 * and only if the state change committed. {@link OutboxRelay} ships it to Kafka afterwards.
 */
@ApplicationScoped
public class OutboxWriter {

    private final EventJson json;
    private final Event<OutboxWritten> written;
    private final String source;
    private final Clock clock;

    OutboxWriter(EventJson json, Event<OutboxWritten> written,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.json = json;
        this.written = written;
        this.source = "/" + applicationName;
        this.clock = Clock.systemUTC();
    }

    /** Queues the event for publishing; must run inside the transaction that made the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(DomainEvent event) {
        Topic topic = Topic.of(event.getClass());
        new OutboxEvent(UUID.randomUUID().toString(), topic.topicName(), event.aggregateId(), Topic.typeOf(event.getClass()),
                source, Instant.now(clock).truncatedTo(ChronoUnit.MICROS), json.write(event)).persist();
        // Observed after a successful commit only (OutboxRelay.wake): the relay ships at once instead of at its next run.
        written.fire(OutboxWritten.INSTANCE);
    }

    /** "The outbox got a row in this transaction", for observers that run after it commits. */
    public enum OutboxWritten {
        INSTANCE
    }
}
