package id.kompeten.training.messaging;

import static id.kompeten.training.TrainingTestSupport.awaitCatalogRecords;
import static id.kompeten.training.TrainingTestSupport.catalogEventsInOutbox;
import static id.kompeten.training.TrainingTestSupport.createPublishedCourse;
import static id.kompeten.training.TrainingTestSupport.scheduleSession;
import static id.kompeten.training.TrainingTestSupport.seatsChangedSample;
import static id.kompeten.training.TrainingTestSupport.sessionAction;
import static id.kompeten.training.TrainingTestSupport.sessionBody;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static id.kompeten.training.TrainingTestSupport.updateDatabase;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.enrollment.EnrollmentEvent;
import id.kompeten.contracts.enrollment.SeatsChanged;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.platform.messaging.OutboxEvent;
import id.kompeten.platform.messaging.ProcessedEvents;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Enrollment's seat counts through the real broker into the sessions: the public read and the catalogue topic show
 * them, older and repeated counts change nothing, poison goes to the dead-letter topic. Fed with the checked-in
 * {@code SeatsChanged} sample, as enrollment-service will publish it.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class EnrollmentEventsConsumerTest {

    private static final String TOPIC = Topic.ENROLLMENT.topicName();
    private static final String SESSIONS = "/api/v1/sessions/";
    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Versions of the marker session's counts: every marker is newer than the last. */
    private static final AtomicLong MARKER_VERSION = new AtomicLong();

    private static String markerSession;

    @Inject
    ProcessedEvents processed;

    @Test
    void seatCountReachesThePublicSessionAndTheCatalogueTopic() {
        String id = openSession(30);
        String eventId = send(id, seatsChangedSample(id, 30, 30, 1));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> given().get(SESSIONS + id).jsonPath().getInt("seatsTaken") == 30);
        given().get(SESSIONS + id).then().statusCode(200)
                .body("seatsTaken", equalTo(30))
                .body("seatsAvailable", equalTo(0))
                .body("status", equalTo("FULL"));
        assertEquals(1, processedCount(eventId));

        ConsumerRecord<String, String> updated = awaitCatalogRecords(id, 3).get(2);
        assertEquals("SessionUpdated", TestKafka.header(updated, "ce_type"));
        JsonNode session = read(updated.value()).get("session");
        assertEquals(30, session.get("seatsTaken").asInt());
        assertEquals("FULL", session.get("status").asText());
        assertEquals(2, session.get("version").asLong());
    }

    @Test
    void olderCountArrivingAfterANewerOneChangesNothing() {
        String id = openSession(30);
        send(id, seatsChangedSample(id, 30, 30, 5));
        String older = send(id, seatsChangedSample(id, 12, 30, 4));
        awaitRecordsBefore(id);

        given().get(SESSIONS + id).then().body("seatsTaken", equalTo(30)).body("status", equalTo("FULL"));
        assertEquals(1, processedCount(older), "ignored by the version rule: done with, so recorded");
        assertEquals(List.of("SessionScheduled", "SessionOpened", "SessionUpdated"), types(id));
    }

    @Test
    void newerCountWithTheSameSeatsKeepsItsVersionButAnnouncesNothing() {
        String id = openSession(30);
        send(id, seatsChangedSample(id, 7, 30, 1));
        send(id, seatsChangedSample(id, 7, 31, 2));
        send(id, seatsChangedSample(id, 3, 31, 2));
        awaitRecordsBefore(id);

        given().get(SESSIONS + id).then().header("ETag", "\"2\"").body("seatsTaken", equalTo(7));
        assertEquals(List.of("SessionScheduled", "SessionOpened", "SessionUpdated"), types(id));
    }

    @Test
    void redeliveredCountChangesNothing() {
        String id = openSession(30);
        String eventId = UUID.randomUUID().toString();
        String event = seatsChangedSample(id, 5, 30, 1);
        TestKafka.sendCloudEvent(TOPIC, id, Topic.typeOf(SeatsChanged.class), eventId, event);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get(SESSIONS + id).jsonPath().getInt("seatsTaken") == 5);
        // Forget the count's version, then deliver the same event again: only the inbox can keep it out now.
        updateDatabase("UPDATE course_session SET seats_version = NULL, seats_taken = 2 WHERE id = ?1", id);
        TestKafka.sendCloudEvent(TOPIC, id, Topic.typeOf(SeatsChanged.class), eventId, event);
        awaitRecordsBefore(id);

        given().get(SESSIONS + id).then().body("seatsTaken", equalTo(2));
        assertEquals(1, processedCount(eventId));
        assertEquals(List.of("SessionScheduled", "SessionOpened", "SessionUpdated"), types(id));
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        String key = UUID.randomUUID().toString();
        String type = Topic.typeOf(SeatsChanged.class);
        TestKafka.sendCloudEvent(TOPIC, key, type, UUID.randomUUID().toString(), "{ not json");
        TestKafka.send(TOPIC, key, seatsChangedSample(key, 1, 30, 1), Map.of());
        TestKafka.sendCloudEvent(TOPIC, key, "SeatsRenamedInTheFuture", UUID.randomUUID().toString(), "{}");
        // The session exists in training before anyone can enroll in it: a count for an unknown one cannot succeed.
        String unknownSession = TestKafka.sendCloudEvent(TOPIC, key, type, UUID.randomUUID().toString(),
                seatsChangedSample(key, 1, 30, 1));
        String negative = seatsChangedSample(openSession(30), -1, 30, 1);
        TestKafka.sendCloudEvent(TOPIC, key, type, UUID.randomUUID().toString(), negative);
        awaitRecordsBefore(key);

        List<ConsumerRecord<String, String>> dead = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> TestKafka.readAll(Topic.ENROLLMENT.deadLetterTopicName(),
                        record -> key.equals(record.key())), records -> records.size() == 5);
        for (ConsumerRecord<String, String> record : dead) {
            String reason = TestKafka.header(record, "dead-letter-reason");
            assertNotNull(reason, "the error travels with the dead letter");
            assertFalse(reason.isBlank());
            assertEquals(TOPIC, TestKafka.header(record, "dead-letter-topic"));
        }
        assertEquals("{ not json", dead.get(0).value(), "the original record is kept as it was");
        assertTrue(TestKafka.header(dead.get(3), "dead-letter-reason").contains("does not have"),
                TestKafka.header(dead.get(3), "dead-letter-reason"));
        assertEquals(0, processedCount(unknownSession), "a dead letter is not processed");
    }

    @Test
    void everyOtherEnrollmentEventIsLeftAloneNotDeadLettered() {
        // Each sample of every type but SeatsChanged, about an OPEN session of this service, under one key (one
        // partition, so the marker below is consumed after all of them).
        String id = openSession(30);
        String key = UUID.randomUUID().toString();
        List<Class<?>> types = Arrays.stream(EnrollmentEvent.class.getPermittedSubclasses())
                .filter(type -> type != SeatsChanged.class).toList();
        assertEquals(11, types.size(), "the eight Enrollment* types, AttendanceRecorded, CourseCompleted, CourseFailed");
        List<String> eventIds = new ArrayList<>();
        for (Class<?> type : types) {
            @SuppressWarnings("unchecked")
            Class<? extends DomainEvent> event = (Class<? extends DomainEvent>) type;
            ObjectNode sample = (ObjectNode) read(EventSamples.json(event));
            sample.findParents("sessionId").forEach(parent -> ((ObjectNode) parent).put("sessionId", id));
            eventIds.add(TestKafka.sendCloudEvent(TOPIC, key, Topic.typeOf(event), UUID.randomUUID().toString(),
                    sample.toString()));
        }
        awaitRecordsBefore(key);

        assertEquals(List.of(), TestKafka.readAll(Topic.ENROLLMENT.deadLetterTopicName(),
                record -> key.equals(record.key())).stream().map(record -> TestKafka.header(record, "ce_type"))
                .toList(), "types dead-lettered");
        for (String eventId : eventIds) {
            assertEquals(0, processedCount(eventId), "NOT_HANDLED: left unrecorded");
        }
        given().get(SESSIONS + id).then().statusCode(200).body("seatsTaken", equalTo(0))
                .body("status", equalTo("OPEN")).header("ETag", "\"1\"");
        assertEquals(List.of("SessionScheduled", "SessionOpened"), types(id));
    }

    @Test
    void offsetsAreCommittedUnderTheConsumerGroupNamedInConfiguration() {
        String group = ConfigProvider.getConfig().getValue("kompeten.session-seats.consumer-group", String.class);
        assertEquals("training-service.session-seats", group);
        String id = openSession(30);
        send(id, seatsChangedSample(id, 1, 30, 1));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> TestKafka.committedOffsets(group, TOPIC) > 0);
    }

    /** An OPEN session of a course of its own with this capacity; returns its id. */
    static String openSession(int capacity) {
        String courseId = createPublishedCourse(8, "CLASSROOM");
        Map<String, Object> body = sessionBody(uniqueCode("SEATS"), START, 8, "CLASSROOM");
        body.put("capacity", capacity);
        String id = scheduleSession(courseId, body);
        sessionAction(id, "open");
        return id;
    }

    /** Sends a count the way enrollment's outbox relay will, keyed by its session; returns its ce_id. */
    static String send(String sessionId, String json) {
        return TestKafka.sendCloudEvent(TOPIC, sessionId, Topic.typeOf(SeatsChanged.class),
                UUID.randomUUID().toString(), json);
    }

    /**
     * Waits until every record sent so far under {@code key} was handled: sends a count of a marker session under the
     * same key (same partition, so it is consumed after them) and waits until the marker session has it.
     */
    private static void awaitRecordsBefore(String key) {
        if (markerSession == null) {
            markerSession = openSession(30);
        }
        long version = MARKER_VERSION.incrementAndGet();
        TestKafka.sendCloudEvent(TOPIC, key, Topic.typeOf(SeatsChanged.class), UUID.randomUUID().toString(),
                seatsChangedSample(markerSession, 0, 30, version));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> seatsVersion(markerSession), held -> held != null && held >= version);
    }

    private static Long seatsVersion(String sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object version = Panache.getEntityManager()
                    .createNativeQuery("SELECT seats_version FROM course_session WHERE id = ?1")
                    .setParameter(1, sessionId).getSingleResult();
            return version == null ? null : ((Number) version).longValue();
        });
    }

    private long processedCount(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> processed.count(EnrollmentEventsConsumer.CONSUMER, eventId));
    }

    private static List<String> types(String sessionId) {
        return catalogEventsInOutbox(sessionId).stream().map(OutboxEvent::type).toList();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
