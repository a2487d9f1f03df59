package id.kompeten.evaluation.messaging;

import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.contracts.enrollment.EnrollmentEvent;
import id.kompeten.evaluation.service.CompetencyProfileService;
import id.kompeten.platform.messaging.CloudEventReader;
import id.kompeten.platform.messaging.EffectOutcome;
import id.kompeten.platform.messaging.EventInbox;
import id.kompeten.platform.messaging.IncomingEvent;
import id.kompeten.platform.messaging.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Thin adapter from {@code enrollment.events} to the competency profiles: a {@link CourseCompleted} is recorded and
 * raises levels ({@link CompetencyProfileService#recordCompletion}); every other enrollment event is
 * {@link EffectOutcome#NOT_HANDLED} (left unrecorded). Transient failures (a lock wait, the loser of two first inserts
 * of one key) are retried a few times; after that, or at once for poison, the record goes to
 * {@code enrollment.events.dlq} and consumption goes on.
 * <p>
 * Not a {@code platform.messaging.Replica}: completions and profiles are evaluation's own records, which a rebuild
 * must never empty.
 */
@ApplicationScoped
public class EnrollmentEventsConsumer {

    /** Name under which processed event ids are recorded. */
    public static final String CONSUMER = CompetencyProfileService.COMPLETION_CONSUMER;

    private final CloudEventReader reader;
    private final EventInbox inbox;
    private final CompetencyProfileService profiles;

    EnrollmentEventsConsumer(CloudEventReader reader, EventInbox inbox, CompetencyProfileService profiles) {
        this.reader = reader;
        this.inbox = inbox;
        this.profiles = profiles;
    }

    @Incoming("enrollment-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = PoisonEventException.class)
    public void consume(ConsumerRecord<String, String> record) {
        IncomingEvent<EnrollmentEvent> event = reader.read(record, EnrollmentEvent.class);
        inbox.process(CONSUMER, event, data -> data instanceof CourseCompleted completed
                ? profiles.recordCompletion(completed, event.id())
                : EffectOutcome.NOT_HANDLED);
    }
}
