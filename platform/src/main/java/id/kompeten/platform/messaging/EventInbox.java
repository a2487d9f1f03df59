package id.kompeten.platform.messaging;

import id.kompeten.contracts.DomainEvent;
import id.kompeten.platform.error.DatabaseUnavailable;
import id.kompeten.platform.error.TransactionAborted;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The transactional half of an idempotent consumer: records the event id and applies the effect in one transaction,
 * so a redelivered event changes nothing and a failed effect leaves no "processed" mark behind.
 * <p>
 * While the database is unavailable (refused, stalled, no connection in time: {@link DatabaseUnavailable}) the
 * event waits for it here, retried with a growing pause: the consumers' few quick retries would otherwise end in
 * the dead-letter topic, and a database outage would silently lose every event that arrived during it. The
 * partition waits behind it, as it should (per-key order). A deadlock victim (two instances consuming other partitions
 * update the same unit's rows) is tried again at once a few times, after a short random pause: nothing of it was
 * written, and four deadlocks in a row would otherwise exhaust the consumers' retries and park a valid event.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    private static final int MAX_DEADLOCK_ATTEMPTS = 20;

    private final Transaction transaction;

    EventInbox(Transaction transaction) {
        this.transaction = transaction;
    }

    /**
     * Applies {@code effect} to the event unless {@code consumer} already processed it, and records it as processed
     * only if the effect applied it or deliberately ignored it ({@link EffectOutcome#recorded()}). Outside a
     * transaction, waits for an unavailable database (until it answers or the thread is interrupted); inside the
     * caller's transaction, a failure is the caller's.
     *
     * @param consumer a stable name of the effect (one service may apply several effects to the same event)
     * @return what the effect did, or empty if the event had been processed before
     */
    public <E extends DomainEvent> Optional<EffectOutcome> process(String consumer, IncomingEvent<E> event,
            Function<E, EffectOutcome> effect) {
        if (QuarkusTransaction.isActive()) {
            return transaction.process(consumer, event, effect);
        }
        long waitingSince = 0;
        Duration pause = FIRST_PAUSE;
        int deadlocks = 0;
        while (true) {
            try {
                Optional<EffectOutcome> outcome = transaction.process(consumer, event, effect);
                if (waitingSince != 0) {
                    LOG.infof("%s applied event %s (%s) after waiting %d ms for the database", consumer, event.id(),
                            event.type(), (System.nanoTime() - waitingSince) / 1_000_000);
                }
                return outcome;
            } catch (Exception e) { // the @Transactional proxy passes a commit's checked RollbackException on as it is
                if (TransactionAborted.isDeadlockIn(e) && ++deadlocks < MAX_DEADLOCK_ATTEMPTS) {
                    LOG.debugf("%s: event %s (%s) was a deadlock victim (%d), trying again", consumer, event.id(),
                            event.type(), deadlocks);
                    // 10 to 100 ms: the two transactions that deadlocked do not meet again in step.
                    if (!pause(ThreadLocalRandom.current().nextLong(10, 100))) {
                        throw e;
                    }
                    continue;
                }
                Throwable unavailable = DatabaseUnavailable.causeIn(e);
                if (unavailable == null) {
                    throw e;
                }
                if (waitingSince == 0) {
                    waitingSince = System.nanoTime();
                    LOG.warnf("%s cannot apply event %s (%s) now, the database is unavailable (%s): waiting for it",
                            consumer, event.id(), event.type(), unavailable);
                }
                if (!pause(pause.toMillis())) {
                    throw e;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** False when the thread was interrupted meanwhile (the flag is kept): the caller gives up. */
    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One attempt in one transaction, through the CDI proxy so that {@code @Transactional} applies. */
    @ApplicationScoped
    static class Transaction {

        private final ProcessedEvents processed;

        Transaction(ProcessedEvents processed) {
            this.processed = processed;
        }

        @Transactional
        <E extends DomainEvent> Optional<EffectOutcome> process(String consumer, IncomingEvent<E> event,
                Function<E, EffectOutcome> effect) {
            // Recording first takes the row lock, so a concurrent delivery of the same event waits for this one.
            if (!processed.firstDelivery(consumer, event)) {
                LOG.debugf("%s already processed event %s (%s); skipping redelivery", consumer, event.id(),
                        event.type());
                return Optional.empty();
            }
            EffectOutcome outcome = effect.apply(event.data());
            if (!outcome.recorded()) {
                processed.forget(consumer, event);
            }
            return Optional.of(outcome);
        }
    }
}
