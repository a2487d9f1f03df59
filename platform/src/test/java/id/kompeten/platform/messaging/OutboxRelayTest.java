package id.kompeten.platform.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import id.kompeten.localstack.tokens.DevTokens;
import id.kompeten.platform.security.Roles;
import io.quarkus.hibernate.orm.panache.Panache;
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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class OutboxRelayTest {

    private static final String TOPIC = Topic.TRAINING_CATALOG.topicName();
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final String PARKED = "/api/v1/outbox/parked-events";
    private static final String TOO_LARGE = "x".repeat(1_100_000);

    @Inject
    OutboxWriter outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxMonitor monitor;

    @Inject
    EventJson json;

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

        // Two relays (as in two service instances) loop until these events are shipped; each batch is its own transaction.
        Callable<Integer> instance = () -> {
            int shipped = 0;
            while (QuarkusTransaction.requiringNew().call(() -> codes.stream()
                    .anyMatch(code -> OutboxEvent.forKey(TOPIC, code).stream().anyMatch(row -> row.sentAt() == null)))) {
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

    @Test
    void recordKafkaRefusesHoldsBackOnlyItsOwnAggregateAndIsParkedAfterMaxAttempts() {
        String big = "BIG-" + UUID.randomUUID();
        String other = "OTHER-" + UUID.randomUUID();
        // Over the producer's max.request.size (1 MB): Kafka refuses this record every time, whatever the broker's state.
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(new CompetencyDefined(snapshot(big, 0, TOO_LARGE)));
            outbox.publish(new CompetencyUpdated(snapshot(big, 1)));
            outbox.publish(new CompetencyDefined(snapshot(other, 0)));
        });

        ship();
        assertNotNull(row(other, 0).sentAt(), "another aggregate is shipped");
        assertNull(row(big, 0).sentAt());
        assertNull(row(big, 1).sentAt(), "the refused row's aggregate waits behind it");
        assertNull(row(big, 0).parkedAt(), "one refusal does not park it yet");

        for (int run = 1; run < config.maxAttempts(); run++) {
            ship();
        }
        OutboxEvent parked = row(big, 0);
        assertNotNull(parked.parkedAt(), "parked after " + config.maxAttempts() + " refusals");
        assertEquals(config.maxAttempts(), parked.attempts());
        assertTrue(parked.lastError().contains("RecordTooLargeException"), parked.lastError());
        assertNull(row(big, 1).sentAt(), "a parked row keeps holding its aggregate back");

        String later = "LATER-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(new CompetencyDefined(snapshot(later, 0))));
        ship();
        assertNotNull(row(later, 0).sentAt(), "publishing goes on while a row is parked");
        assertNull(row(big, 1).sentAt());

        discard(parked.id());
    }

    @Test
    void operatorRetriesAParkedRowOnceTheCauseIsFixedAndItsAggregateFollowsInOrder() {
        String key = "RETRY-" + UUID.randomUUID();
        long parked = parkedRowWithOneBehind(key);
        given().header("Authorization", DevTokens.bearer(Roles.ADMIN)).when().get(PARKED)
                .then().statusCode(200)
                .body("items.find { it.id == " + parked + " }.status", equalTo("PARKED"))
                .body("items.find { it.id == " + parked + " }.key", equalTo(key))
                .body("items.find { it.id == " + parked + " }.waitingBehind", equalTo(1))
                .body("items.find { it.id == " + parked + " }.lastError", containsString("RecordTooLargeException"));

        // The operator raises the broker's and producer's size limit; here the row is made to fit instead.
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("UPDATE outbox_event SET payload = ?1 WHERE id = ?2")
                .setParameter(1, json.write(new CompetencyDefined(snapshot(key, 0)))).setParameter(2, parked)
                .executeUpdate());
        given().header("Authorization", DevTokens.bearer(Roles.ADMIN)).when().post(PARKED + "/" + parked + "/retry")
                .then().statusCode(200).body("status", equalTo("PENDING")).body("waitingBehind", equalTo(1));
        ship();

        assertNotNull(row(key, 0).sentAt());
        assertNotNull(row(key, 1).sentAt());
        List<Long> versions = TestKafka.readAll(TOPIC, record -> key.equals(record.key())).stream()
                .map(record -> version(record.value())).toList();
        assertEquals(List.of(0L, 1L), versions, "the retried row first, then the one it held back");
        given().header("Authorization", DevTokens.bearer(Roles.ADMIN)).when().post(PARKED + "/" + parked + "/retry")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void operatorDiscardsAParkedRowAndItsAggregateGoesOn() {
        String key = "DISCARD-" + UUID.randomUUID();
        long parked = parkedRowWithOneBehind(key);

        given().header("Authorization", DevTokens.bearer(Roles.ADMIN)).when().post(PARKED + "/" + parked + "/discard")
                .then().statusCode(200).body("status", equalTo("DISCARDED"));
        ship();

        assertNull(row(key, 0).sentAt(), "a discarded row is never published");
        assertNotNull(row(key, 0).discardedAt());
        assertNotNull(row(key, 1).sentAt(), "the row it held back goes on");
        assertEquals(List.of(1L), TestKafka.readAll(TOPIC, record -> key.equals(record.key())).stream()
                .map(record -> version(record.value())).toList());
    }

    @Test
    void parkedRowsShowInTheKafkaHealthGroupAndGaugesButNotInReadiness() {
        String key = "GAUGE-" + UUID.randomUUID();
        long parked = parkedRowWithOneBehind(key);
        try {
            given().when().get("/q/health/group/kafka").then().statusCode(503)
                    .body("checks.find { it.name == 'Outbox' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'Outbox' }.data.parked", greaterThanOrEqualTo(1));
            given().when().get("/q/health/ready").then().statusCode(200);
            given().when().get("/q/metrics").then().statusCode(200)
                    .body(containsString("# TYPE kompeten_outbox_parked gauge"))
                    .body(containsString("# TYPE kompeten_outbox_pending gauge"))
                    .body(containsString("# TYPE kompeten_outbox_oldest_pending_age_seconds gauge"));
            assertTrue(monitor.latest().parked() >= 1, "the health check's measurement feeds the gauges");
        } finally {
            discard(parked);
            ship();
        }
    }

    @Test
    void parkedEventsAreForAdminsOnly() {
        given().when().get(PARKED).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", DevTokens.bearer(Roles.INTEGRATION)).when().get(PARKED)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", DevTokens.bearer(Roles.ADMIN)).when().post(PARKED + "/999999999/discard")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyRecordSpecificErrorsCountTowardsParking() {
        assertTrue(OutboxRelay.isRecordSpecific(new RecordTooLargeException("too large")));
        assertTrue(OutboxRelay.isRecordSpecific(new TopicAuthorizationException(Set.of(TOPIC))));
        assertTrue(OutboxRelay.isRecordSpecific(new InvalidTopicException("bad name")));
        // What a broker outage looks like: the rows wait, however long it lasts.
        assertFalse(OutboxRelay.isRecordSpecific(new org.apache.kafka.common.errors.TimeoutException("no metadata")));
        assertFalse(OutboxRelay.isRecordSpecific(new NotLeaderOrFollowerException("moving")));
        assertFalse(OutboxRelay.isRecordSpecific(new java.util.concurrent.TimeoutException()));
    }

    /** A row Kafka refuses, parked after the configured attempts, with a normal row of the same key behind it. */
    private long parkedRowWithOneBehind(String key) {
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(new CompetencyDefined(snapshot(key, 0, TOO_LARGE)));
            outbox.publish(new CompetencyUpdated(snapshot(key, 1)));
        });
        for (int run = 0; run < config.maxAttempts(); run++) {
            ship();
        }
        OutboxEvent parked = row(key, 0);
        assertNotNull(parked.parkedAt());
        return parked.id();
    }

    /** One relay run, as the scheduler would do it (the scheduled relay is off in these tests). */
    private void ship() {
        int shipped;
        do {
            shipped = QuarkusTransaction.requiringNew().call(relay::shipBatch);
        } while (shipped == config.batchSize());
    }

    private static void discard(long id) {
        given().header("Authorization", DevTokens.bearer(Roles.ADMIN)).when().post(PARKED + "/" + id + "/discard")
                .then().statusCode(200);
    }

    private static OutboxEvent row(String key, int index) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.forKey(TOPIC, key).get(index));
    }

    private static long version(String json) {
        Matcher matcher = VERSION.matcher(json);
        assertTrue(matcher.find(), json);
        return Long.parseLong(matcher.group(1));
    }

    private static CompetencySnapshot snapshot(String code, long version) {
        return snapshot(code, version, null);
    }

    private static CompetencySnapshot snapshot(String code, long version, String description) {
        return new CompetencySnapshot(code, new LocalizedText("Uji", "Test"), CompetencyType.TEKNIS, description, List.of(),
                true, version, Instant.parse("2026-11-23T08:00:00Z"));
    }
}
