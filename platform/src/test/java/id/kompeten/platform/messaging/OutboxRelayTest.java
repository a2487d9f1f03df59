package id.kompeten.platform.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CompetencySnapshot;
import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.contracts.catalog.CompetencyUpdated;
import id.kompeten.contracts.catalog.LocalizedText;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class OutboxRelayTest {

    private static final String TOPIC = Topic.TRAINING_CATALOG.topicName();
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    @Inject
    OutboxWriter outbox;

    @Inject
    OutboxRelay relay;

    @Test
    void eventIsOnlyWrittenWhenItsTransactionCommits() {
        String code = "ROLLBACK-" + UUID.randomUUID();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(new CompetencyDefined(snapshot(code, 0)));
                throw new IllegalStateException("the state change failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.forKey(TOPIC, code)).size());
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class,
                () -> outbox.publish(new CompetencyDefined(snapshot("NO-TX", 0))));
    }

    @Test
    void twoRacingRelaysShipEveryEventOnceAndInOrderPerAggregate() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int aggregate = 0; aggregate < 5; aggregate++) {
            String code = "RACE-" + UUID.randomUUID();
            codes.add(code);
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(new CompetencyDefined(snapshot(code, 0))));
        }
        for (int version = 1; version < 10; version++) {
            for (String code : codes) {
                long v = version;
                QuarkusTransaction.requiringNew().run(() -> outbox.publish(new CompetencyUpdated(snapshot(code, v))));
            }
        }

        // Two relays (as in two service instances) loop until nothing is pending; each batch is its own transaction.
        Callable<Integer> instance = () -> {
            int shipped = 0;
            while (QuarkusTransaction.requiringNew().call(OutboxEvent::countPending) > 0) {
                shipped += QuarkusTransaction.requiringNew().call(relay::shipBatch);
            }
            return shipped;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = pool.invokeAll(List.of(instance, instance));
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            assertTrue(total >= 50, "all 50 events marked sent, got " + total);
        } finally {
            pool.shutdownNow();
        }

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> TestKafka.readAll(TOPIC, record -> codes.contains(record.key())), list -> list.size() >= 50);
        Map<String, Long> copiesPerEvent = new HashMap<>();
        records.forEach(record -> copiesPerEvent.merge(TestKafka.header(record, CloudEventHeaders.ID), 1L, Long::sum));
        assertEquals(50, copiesPerEvent.size(), "every event arrived");
        assertTrue(copiesPerEvent.values().stream().allMatch(copies -> copies == 1), "no event arrived twice");

        for (String code : codes) {
            List<Long> versions = records.stream().filter(record -> record.key().equals(code))
                    .map(record -> version(record.value())).toList();
            assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), versions, "events of " + code + " in order");
        }
    }

    private static long version(String json) {
        Matcher matcher = VERSION.matcher(json);
        assertTrue(matcher.find(), json);
        return Long.parseLong(matcher.group(1));
    }

    private static CompetencySnapshot snapshot(String code, long version) {
        return new CompetencySnapshot(code, new LocalizedText("Uji", "Test"), CompetencyType.TEKNIS, null, List.of(), true, version,
                Instant.parse("2026-11-23T08:00:00Z"));
    }
}
