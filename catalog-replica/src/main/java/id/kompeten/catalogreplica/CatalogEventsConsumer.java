package id.kompeten.catalogreplica;

import id.kompeten.contracts.catalog.CatalogEvent;
import id.kompeten.platform.messaging.CloudEventReader;
import id.kompeten.platform.messaging.EventInbox;
import id.kompeten.platform.messaging.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Thin adapter from {@code training.catalog.events} to {@link CatalogReplicaService}. Transient failures are retried a
 * few times; after that, or at once for poison, the record goes to {@code training.catalog.events.dlq} (see this
 * module's channel configuration) and consumption goes on.
 */
@ApplicationScoped
public class CatalogEventsConsumer {

    /** Name under which processed event ids are recorded. */
    public static final String CONSUMER = CatalogReplicaService.NAME;

    private final CloudEventReader reader;
    private final EventInbox inbox;
    private final CatalogReplicaService replica;

    CatalogEventsConsumer(CloudEventReader reader, EventInbox inbox, CatalogReplicaService replica) {
        this.reader = reader;
        this.inbox = inbox;
        this.replica = replica;
    }

    @Incoming("training-catalog")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = PoisonEventException.class)
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, reader.read(record, CatalogEvent.class), replica::apply);
    }
}
