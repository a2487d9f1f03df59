package id.kompeten.evaluation.messaging;

import id.kompeten.contracts.participant.ParticipantEvent;
import id.kompeten.evaluation.service.EmployeeReplica;
import id.kompeten.platform.messaging.CloudEventReader;
import id.kompeten.platform.messaging.EventInbox;
import id.kompeten.platform.messaging.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Thin adapter from {@code enrollment.participants} to the employee replica ({@link EmployeeReplica}). Transient
 * failures are retried a few times; after that, or at once for poison, the record goes to
 * {@code enrollment.participants.dlq} (see the channel configuration) and consumption goes on.
 */
@ApplicationScoped
public class ParticipantEventsConsumer {

    private final CloudEventReader reader;
    private final EventInbox inbox;
    private final EmployeeReplica replica;

    ParticipantEventsConsumer(CloudEventReader reader, EventInbox inbox, EmployeeReplica replica) {
        this.reader = reader;
        this.inbox = inbox;
        this.replica = replica;
    }

    @Incoming("enrollment-participants")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = PoisonEventException.class)
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(EmployeeReplica.NAME, reader.read(record, ParticipantEvent.class), replica::apply);
    }
}
