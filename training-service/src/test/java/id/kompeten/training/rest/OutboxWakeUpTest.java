package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.competencyBody;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.contracts.Topic;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A committed change is shipped right away, not at the relay's next scheduled run: with the schedule an hour apart,
 * the event must still reach Kafka within seconds.
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.HourlySchedule.class)
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class OutboxWakeUpTest {

    public static class HourlySchedule implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kompeten.outbox.poll-interval", "1h");
        }
    }

    @Test
    void aCommittedEventIsShippedWithoutWaitingForTheSchedule() {
        String code = uniqueCode("WAKE");

        as(Roles.CATALOG_MANAGER).body(competencyBody(code)).post("/api/v1/competencies").then().statusCode(201);

        String topic = Topic.TRAINING_CATALOG.topicName();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> TestKafka.readAll(topic, record -> code.equals(record.key())).size() == 1);
        assertEquals("CompetencyDefined",
                TestKafka.header(TestKafka.readAll(topic, record -> code.equals(record.key())).get(0), "ce_type"));
    }
}
