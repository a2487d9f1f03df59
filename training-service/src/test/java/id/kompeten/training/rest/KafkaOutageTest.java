package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.competencyBody;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.kompeten.contracts.Topic;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.localstack.testing.TestStackControl;
import id.kompeten.platform.messaging.OutboxEvent;
import id.kompeten.platform.security.Roles;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes keep working while Kafka is down; their events wait in the outbox and arrive, once each, when it is back. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class KafkaOutageTest {

    private static final String TOPIC = Topic.TRAINING_CATALOG.topicName();

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
            // The relay has tried and failed at least once; the rows are still waiting.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> attempts(first) > 0);
            assertNull(outboxRow(first).sentAt());
            assertNull(outboxRow(second).sentAt());
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
