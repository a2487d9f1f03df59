package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.competencyBody;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.kompeten.contracts.Topic;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.localstack.testing.TestStackControl;
import id.kompeten.platform.messaging.OutboxConfig;
import id.kompeten.platform.messaging.OutboxEvent;
import id.kompeten.platform.security.Roles;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Writes keep working while Kafka is down, and the instance stays ready; the events wait in the outbox, are never
 * parked however often the relay fails, and arrive, once each, when Kafka is back.
 */
@QuarkusTest
@TestProfile(KafkaOutageTest.ParkAtFirstRefusal.class)
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class KafkaOutageTest {

    /** A single failure taken for a refusal of the record would park it at once; short sends keep the outage brief. */
    public static class ParkAtFirstRefusal implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kompeten.outbox.max-attempts", "1", "kompeten.outbox.send-timeout", "5s",
                    "kompeten.outbox.poll-interval", "0.3s");
        }
    }

    private static final String TOPIC = Topic.TRAINING_CATALOG.topicName();

    @Inject
    OutboxConfig outboxConfig;

    @Inject
    Scheduler scheduler;

    @Test
    void relayRunsAtThePollIntervalOfItsTypedConfiguration() {
        Trigger relay = scheduler.getScheduledJob("outbox-relay");
        assertNotNull(relay, "the relay is scheduled");
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.getPreviousFireTime() != null);
        assertEquals(Duration.ofMillis(300), Duration.between(relay.getPreviousFireTime(), relay.getNextFireTime()));
    }

    @Test
    void competenciesCreatedDuringAnOutageArePublishedAfterKafkaReturns() {
        String first = uniqueCode("OUTAGE");
        String second = uniqueCode("OUTAGE");
        // Events of earlier tests still waiting would be retried first (the relay keeps id order) and hide ours.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> QuarkusTransaction.requiringNew().call(OutboxEvent::countPending) == 0);
        TestStackControl.stopKafka();
        try {
            as(Roles.CATALOG_MANAGER).body(competencyBody(first)).post("/api/v1/competencies").then().statusCode(201);
            as(Roles.CATALOG_MANAGER).body(competencyBody(second)).post("/api/v1/competencies").then().statusCode(201);
            // The relay has failed more often than a refused row may be: an outage is no reason to park a row.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> attempts(first) > outboxConfig.maxAttempts());
            assertNull(outboxRow(first).sentAt());
            assertNull(outboxRow(first).parkedAt(), "an outage never parks a row");
            assertNull(outboxRow(second).sentAt());
            // The instance keeps serving, so it stays in the load balancer.
            given().when().get("/q/health/ready").then().statusCode(200);
        } finally {
            TestStackControl.startKafka();
        }

        for (String code : List.of(first, second)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> outboxRow(code).sentAt() != null);
            assertEquals(1, TestKafka.readAll(TOPIC, record -> code.equals(record.key())).size(),
                    code + " published exactly once");
        }
    }

    private static OutboxEvent outboxRow(String code) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.forKey(TOPIC, code).get(0));
    }

    private static int attempts(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT attempts FROM outbox_event WHERE event_key = ?1")
                .setParameter(1, code).getSingleResult()).intValue());
    }
}
