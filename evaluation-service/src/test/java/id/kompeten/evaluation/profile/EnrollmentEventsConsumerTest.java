package id.kompeten.evaluation.profile;

import static id.kompeten.evaluation.profile.ProfileTestSupport.competency;
import static id.kompeten.evaluation.profile.ProfileTestSupport.completionJson;
import static id.kompeten.evaluation.profile.ProfileTestSupport.id;
import static id.kompeten.evaluation.profile.ProfileTestSupport.nip;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.Topic;
import id.kompeten.evaluation.config.EnrollmentEventsConfig;
import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.contracts.enrollment.EnrollmentEvent;
import id.kompeten.evaluation.messaging.EnrollmentEventsConsumer;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.localstack.tokens.DevTokens;
import id.kompeten.platform.messaging.ProcessedEvents;
import id.kompeten.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Completions through the real enrollment.events topic, written as enrollment's outbox relay writes them (CloudEvents
 * headers), into the profiles read back through the HTTP API.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class EnrollmentEventsConsumerTest {

    private static final Logger LOG = Logger.getLogger(EnrollmentEventsConsumerTest.class);
    private static final String TOPIC = Topic.ENROLLMENT.topicName();
    private static final String COMPLETED = Topic.typeOf(CourseCompleted.class);
    private static final String READER = DevTokens.bearer(Roles.INTEGRATION);
    private static final Instant NOV_20 = Instant.parse("2026-11-20T03:00:00Z");

    @Inject
    ProcessedEvents processed;

    @Inject
    EnrollmentEventsConfig groupConfig;

    @Test
    void publishedCompletionsRaiseTheLevelsReadThroughTheApi() {
        String siak = competency(ProfileTestSupport.code(), true);
        String service = competency(ProfileTestSupport.code(), true);
        List<String> people = List.of(nip(), nip(), nip());
        long sent = System.nanoTime();
        for (String nip : people) {
            ObjectNode event = (ObjectNode) read(completionJson(nip, id(), siak, 3, NOV_20));
            event.withArray("competencies").addObject().put("code", service).put("level", 2);
            String enrollment = event.get("enrollmentId").asText();
            TestKafka.sendCloudEvent(TOPIC, enrollment, COMPLETED, id(), event.toString());
        }
        for (String nip : people) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> given().header("Authorization", READER)
                            .get("/api/v1/employees/{nip}/competency-profile", nip).statusCode() == 200);
            List<Integer> raised = given().header("Authorization", READER)
                    .get("/api/v1/employees/{nip}/competency-profile", nip).then().statusCode(200)
                    .extract().path("competencies.level");
            assertEquals(2, raised.size(), nip + " has both lines");
        }
        LOG.infof("Three published completions visible through the API after %d ms",
                Duration.ofNanos(System.nanoTime() - sent).toMillis());
        for (String nip : people) {
            given().header("Authorization", READER).get("/api/v1/employees/{nip}/competency-profile/{code}", nip, siak)
                    .then().statusCode(200).body("level", equalTo(3)).body("source", equalTo("COURSE"));
            given().header("Authorization", READER)
                    .get("/api/v1/employees/{nip}/competency-profile/{code}", nip, service)
                    .then().statusCode(200).body("level", equalTo(2));
        }
    }

    @Test
    void aRedeliveredCompletionRaisesNothingTwice() {
        String nip = nip();
        String code = competency(ProfileTestSupport.code(), true);
        String enrollment = id();
        String eventId = id();
        String json = completionJson(nip, enrollment, code, 3, NOV_20);
        TestKafka.sendCloudEvent(TOPIC, enrollment, COMPLETED, eventId, json);
        TestKafka.sendCloudEvent(TOPIC, enrollment, COMPLETED, eventId, json);
        TestKafka.sendCloudEvent(TOPIC, enrollment, COMPLETED, id(), json); // the same completion, another event id
        awaitRecordsBefore(enrollment);

        assertEquals(1, (int) given().header("Authorization", READER)
                .get("/api/v1/employees/{nip}/competency-profile/history", nip).then().extract().path("total"));
        assertEquals(1, processedCount(eventId));
    }

    @Test
    void everyOtherEnrollmentEventIsLeftAloneNotDeadLettered() {
        String key = id();
        List<String> eventIds = new ArrayList<>();
        for (Class<?> type : Arrays.stream(EnrollmentEvent.class.getPermittedSubclasses())
                .filter(type -> type != CourseCompleted.class).toList()) {
            @SuppressWarnings("unchecked")
            Class<? extends DomainEvent> event = (Class<? extends DomainEvent>) type;
            eventIds.add(TestKafka.sendCloudEvent(TOPIC, key, Topic.typeOf(event), id(),
                    ProfileTestSupport.sample(event).toString()));
        }
        assertEquals(11, eventIds.size());
        awaitRecordsBefore(key);

        assertEquals(List.of(), TestKafka.readAll(Topic.ENROLLMENT.deadLetterTopicName(),
                record -> key.equals(record.key())).stream().map(record -> TestKafka.header(record, "ce_type")).toList());
        for (String eventId : eventIds) {
            assertEquals(0, processedCount(eventId), "NOT_HANDLED: left unrecorded");
        }
    }

    @Test
    void poisonGoesToTheDeadLetterTopic() {
        String key = id();
        TestKafka.sendCloudEvent(TOPIC, key, COMPLETED, id(), "{ not json");
        TestKafka.send(TOPIC, key, completionJson(nip(), key, "SIAK", 3, NOV_20), Map.of());
        TestKafka.sendCloudEvent(TOPIC, key, COMPLETED, id(), completionJson(nip(), key, "SIAK", 6, NOV_20));
        awaitRecordsBefore(key);

        List<String> reasons = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> TestKafka.readAll(Topic.ENROLLMENT.deadLetterTopicName(),
                        record -> key.equals(record.key())).stream()
                        .map(record -> TestKafka.header(record, "dead-letter-reason")).toList(),
                        found -> found.size() == 3);
        assertTrue(reasons.get(2).contains("levels are 1-5"), reasons.get(2));
    }

    @Test
    void offsetsAreCommittedUnderTheConsumerGroupNamedInConfiguration() {
        String group = groupConfig.consumerGroup();
        assertEquals("evaluation-service.enrollment", group);
        String enrollment = id();
        TestKafka.sendCloudEvent(TOPIC, enrollment, COMPLETED, id(),
                completionJson(nip(), enrollment, competency(ProfileTestSupport.code(), true), 2, NOV_20));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> TestKafka.committedOffsets(group, TOPIC) > 0);
    }

    /**
     * Waits until every record sent so far under {@code key} was handled: sends a completion of a marker person under
     * the same key (same partition, so it is consumed after them) and waits until its profile shows.
     */
    private static void awaitRecordsBefore(String key) {
        String marker = nip();
        String code = competency(ProfileTestSupport.code(), true);
        TestKafka.sendCloudEvent(TOPIC, key, COMPLETED, id(), completionJson(marker, id(), code, 1, NOV_20));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().header("Authorization", READER)
                        .get("/api/v1/employees/{nip}/competency-profile", marker).statusCode() == 200);
    }

    private long processedCount(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> processed.count(EnrollmentEventsConsumer.CONSUMER, eventId));
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return ProfileTestSupport.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
