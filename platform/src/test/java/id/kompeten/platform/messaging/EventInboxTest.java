package id.kompeten.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CompetencySnapshot;
import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.contracts.catalog.LocalizedText;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestStackControl;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLTransactionRollbackException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What the inbox records: an event the effect applied or deliberately ignored, never one it did not handle (a later
 * version of the consumer must still find that one unprocessed when its replica is rebuilt), nor one whose effect
 * failed.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class EventInboxTest {

    private static final String CONSUMER = "inbox-test";

    @Inject
    EventInbox inbox;

    @Inject
    ProcessedEvents processed;

    @Test
    void appliedAndIgnoredEventsAreRecordedAndNotAppliedAgain() {
        for (EffectOutcome outcome : List.of(EffectOutcome.APPLIED, EffectOutcome.IGNORED)) {
            IncomingEvent<CompetencyDefined> event = event();
            AtomicInteger calls = new AtomicInteger();
            assertEquals(Optional.of(outcome), inbox.process(CONSUMER, event, e -> {
                calls.incrementAndGet();
                return outcome;
            }));
            assertEquals(Optional.empty(), inbox.process(CONSUMER, event, e -> {
                calls.incrementAndGet();
                return outcome;
            }), "a redelivery is skipped");
            assertEquals(1, calls.get(), outcome.name());
            assertEquals(1, count(event), outcome.name());
        }
    }

    @Test
    void eventTheConsumerDoesNotHandleStaysUnrecorded() {
        IncomingEvent<CompetencyDefined> event = event();
        assertEquals(Optional.of(EffectOutcome.NOT_HANDLED),
                inbox.process(CONSUMER, event, e -> EffectOutcome.NOT_HANDLED));
        assertEquals(0, count(event));
        assertEquals(Optional.of(EffectOutcome.APPLIED), inbox.process(CONSUMER, event, e -> EffectOutcome.APPLIED),
                "a later consumer version that handles it applies it");
    }

    @Test
    void failedEffectLeavesNoMark() {
        IncomingEvent<CompetencyDefined> event = event();
        assertThrows(IllegalStateException.class, () -> inbox.process(CONSUMER, event, e -> {
            throw new IllegalStateException("effect failed");
        }));
        assertEquals(0, count(event));
    }

    /**
     * A deadlock victim (two instances updating one unit's rows from different partitions) is tried again in a fresh
     * transaction: four in a row used to exhaust the consumer's retries and park a valid event (two evaluation
     * instances lost one completion of 1,000). The rollback is what the database reports, SQL state 40001; the failed
     * attempts leave no mark, the last applies once. One that keeps deadlocking fails in the end, unrecorded.
     */
    @Test
    void aDeadlockVictimIsTriedAgainAndAppliedOnce() {
        IncomingEvent<CompetencyDefined> event = event();
        AtomicInteger calls = new AtomicInteger();
        assertEquals(Optional.of(EffectOutcome.APPLIED), inbox.process(CONSUMER, event, e -> {
            if (calls.incrementAndGet() <= 4) {
                throw deadlock();
            }
            return EffectOutcome.APPLIED;
        }));
        assertEquals(5, calls.get());
        assertEquals(1, count(event));

        IncomingEvent<CompetencyDefined> stuck = event();
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> inbox.process(CONSUMER, stuck, e -> {
            attempts.incrementAndGet();
            throw deadlock();
        }));
        assertEquals(20, attempts.get(), "bounded: the consumer's own retries and dead letter take over");
        assertEquals(0, count(stuck));
    }

    private static IllegalStateException deadlock() {
        return new IllegalStateException(new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
    }

    /**
     * A database that stops answering for longer than a consumer's quick retries: the event waits for it instead of
     * failing (which would park it as a dead letter, lost), and is applied once when the database answers again.
     */
    @Test
    void eventWaitsForAnUnavailableDatabaseAndIsAppliedOnceItAnswers() throws Exception {
        IncomingEvent<CompetencyDefined> event = event();
        CompletableFuture<Optional<EffectOutcome>> processing;
        TestStackControl.pauseDatabase();
        try {
            processing = CompletableFuture.supplyAsync(
                    () -> inbox.process(CONSUMER, event, e -> EffectOutcome.APPLIED));
            // Longer than a socket timeout (3 s) and the consumers' @Retry (3 × 200 ms) together.
            Thread.sleep(6_000);
            assertFalse(processing.isDone(), "still waiting for the database: " + processing);
        } finally {
            TestStackControl.resumeDatabase();
        }
        assertEquals(Optional.of(EffectOutcome.APPLIED), processing.get(60, TimeUnit.SECONDS));
        assertEquals(1, count(event));
    }

    private long count(IncomingEvent<?> event) {
        return QuarkusTransaction.requiringNew().call(() -> processed.count(CONSUMER, event.id()));
    }

    private static IncomingEvent<CompetencyDefined> event() {
        CompetencySnapshot competency = new CompetencySnapshot("INBOX-" + UUID.randomUUID(),
                new LocalizedText("Uji", "Test"), CompetencyType.TEKNIS, null, List.of(), true, 0, Instant.now());
        return new IncomingEvent<>(UUID.randomUUID().toString(), Topic.typeOf(CompetencyDefined.class), "/test",
                Instant.now(), competency.code(), Topic.TRAINING_CATALOG.topicName(),
                new CompetencyDefined(competency));
    }
}
