package id.kompeten.enrollment.service;

import id.kompeten.enrollment.config.ParticipantConfig;
import id.kompeten.enrollment.domain.Participant;
import id.kompeten.enrollment.domain.ParticipantRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Publishes the whole register again, as a ParticipantChanged with each participant's current snapshot: for people
 * registered before the register was announced, or after {@code enrollment.participants} was lost. Consumers keep
 * the newest version, so a republished snapshot they hold already changes nothing.
 * <p>
 * Batches of {@link ParticipantConfig#republishBatchSize()} participants, by number, each in its own transaction: a
 * large register never becomes one huge transaction, and a failure keeps the batches before it (running it again is
 * harmless). Each batch locks its rows, so a change racing it commits wholly before (and is republished) or after
 * (and its own event follows the republished one): the topic's last record of a person is never an older snapshot.
 */
@ApplicationScoped
public class ParticipantRepublisher {

    private static final Logger LOG = Logger.getLogger(ParticipantRepublisher.class);

    private final ParticipantRepository participants;
    private final ParticipantEvents events;
    private final ParticipantConfig config;
    private final Clock clock;

    ParticipantRepublisher(ParticipantRepository participants, ParticipantEvents events, ParticipantConfig config,
            Clock clock) {
        this.participants = participants;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /** Publishes every participant, active or not; returns how many, in how many transactions. */
    public ParticipantsRepublished republish() {
        Instant startedAt = Instant.now(clock);
        String after = "";
        long published = 0;
        int transactions = 0;
        while (true) {
            String from = after;
            List<String> batch = QuarkusTransaction.requiringNew().call(() -> publishAfter(from));
            if (batch.isEmpty()) {
                break;
            }
            published += batch.size();
            transactions++;
            after = batch.get(batch.size() - 1);
            if (batch.size() < config.republishBatchSize()) {
                break;
            }
        }
        LOG.infof("Participant register republished: %d participants in %d transactions, %d ms", published,
                transactions, Duration.between(startedAt, Instant.now(clock)).toMillis());
        return new ParticipantsRepublished(published, transactions, startedAt);
    }

    /** One batch, in the caller's new transaction; returns the numbers it published, in order. */
    private List<String> publishAfter(String nip) {
        Instant now = Instant.now(clock);
        List<Participant> batch = participants.nextForUpdate(nip, config.republishBatchSize());
        batch.forEach(participant -> events.republished(participant, now));
        return batch.stream().map(Participant::nip).toList();
    }
}
