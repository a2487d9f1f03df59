package id.kompeten.training.messaging;

import id.kompeten.contracts.enrollment.EnrollmentEvent;
import id.kompeten.contracts.enrollment.SeatsChanged;
import id.kompeten.platform.messaging.CloudEventReader;
import id.kompeten.platform.messaging.EffectOutcome;
import id.kompeten.platform.messaging.EventInbox;
import id.kompeten.platform.messaging.PoisonEventException;
import id.kompeten.training.service.SessionService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Thin adapter from {@code enrollment.events} to the sessions: enrollment's seat counts ({@link SeatsChanged}) become
 * the sessions' seats taken ({@link SessionService#takeSeatCount}); other enrollment events are not this service's
 * business ({@link EffectOutcome#NOT_HANDLED}, left unrecorded). Transient failures are retried a few times; after
 * that, or at once for poison, the record goes to {@code enrollment.events.dlq} (see the channel configuration) and
 * consumption goes on.
 * <p>
 * Not a {@code platform.messaging.Replica}: the seats live in the sessions, this service's own aggregate, which a
 * rebuild must never empty; each count is a full versioned snapshot, so the next one repairs any that was lost.
 */
@ApplicationScoped
public class EnrollmentEventsConsumer {

    /** Name under which processed event ids are recorded. */
    public static final String CONSUMER = "session-seats";

    private final CloudEventReader reader;
    private final EventInbox inbox;
    private final SessionService sessions;

    EnrollmentEventsConsumer(CloudEventReader reader, EventInbox inbox, SessionService sessions) {
        this.reader = reader;
        this.inbox = inbox;
        this.sessions = sessions;
    }

    @Incoming("enrollment-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = PoisonEventException.class)
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, reader.read(record, EnrollmentEvent.class), this::apply);
    }

    private EffectOutcome apply(EnrollmentEvent event) {
        if (event instanceof SeatsChanged seats) {
            return sessions.takeSeatCount(seats);
        }
        return EffectOutcome.NOT_HANDLED;
    }
}
