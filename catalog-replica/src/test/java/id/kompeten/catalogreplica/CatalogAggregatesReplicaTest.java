package id.kompeten.catalogreplica;

import static id.kompeten.catalogreplica.ReplicaTestSupport.TOPIC;
import static id.kompeten.catalogreplica.ReplicaTestSupport.awaitRecordsBefore;
import static id.kompeten.catalogreplica.ReplicaTestSupport.code;
import static id.kompeten.catalogreplica.ReplicaTestSupport.count;
import static id.kompeten.catalogreplica.ReplicaTestSupport.id;
import static id.kompeten.catalogreplica.ReplicaTestSupport.inTransaction;
import static id.kompeten.catalogreplica.ReplicaTestSupport.sample;
import static id.kompeten.catalogreplica.ReplicaTestSupport.sql;
import static id.kompeten.catalogreplica.ReplicaTestSupport.twoDays;
import static id.kompeten.catalogreplica.SnapshotAssertions.assertReplicaHolds;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.catalogreplica.CatalogNotSynchronisedProblem.Subject;
import id.kompeten.catalogreplica.ReplicaTestSupport.Sample;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CatalogEvent;
import id.kompeten.contracts.catalog.CompetencyEvent;
import id.kompeten.contracts.catalog.CourseArchived;
import id.kompeten.contracts.catalog.CoursePublished;
import id.kompeten.contracts.catalog.CourseUpdated;
import id.kompeten.contracts.catalog.ProviderRegistered;
import id.kompeten.contracts.catalog.ProviderUpdated;
import id.kompeten.contracts.catalog.SessionCancelled;
import id.kompeten.contracts.catalog.SessionOpened;
import id.kompeten.contracts.catalog.SessionScheduled;
import id.kompeten.contracts.catalog.SessionUpdated;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.platform.messaging.ProcessedEvents;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Providers, courses and sessions reach the replica through the real topic, built from the producer's checked-in
 * samples: every catalogue event type, in order and out of order, once and redelivered.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class CatalogAggregatesReplicaTest {

    @Inject
    CatalogReplica catalog;

    @Inject
    ProcessedEvents processed;

    @Test
    void everyCatalogueEventTypeLandsInTheReplica() {
        // Every type the topic carries, each sample on an aggregate of its own: a type the replica does not apply fails
        // here, including one added to the contract later.
        Map<String, Sample<?>> sent = new LinkedHashMap<>();
        for (Class<?> permitted : CatalogEvent.class.getPermittedSubclasses()) {
            Class<? extends CatalogEvent> type = permitted.asSubclass(CatalogEvent.class);
            Sample<?> sample = sample(type, CompetencyEvent.class.isAssignableFrom(type) ? code() : id(), 1);
            sent.put(sample.send(), sample);
        }
        assertEquals(12, sent.size(), "the catalogue's event types");

        sent.values().forEach(sample -> awaitRecordsBefore(sample.event().aggregateId()));
        sent.forEach((eventId, sample) -> {
            assertEquals(1, processedCount(eventId), sample.type().getSimpleName() + " recorded as processed");
            assertReplicaHolds(sample, catalog);
        });
    }

    @Test
    void aProviderCourseAndSessionAppliedInOrderEndWithTheirLatestSnapshots() {
        String providerId = id();
        String courseId = id();
        String sessionId = id();
        sample(ProviderRegistered.class, providerId, 0, p -> p.put("name", "Universitas A")).send();
        Sample<?> provider = sample(ProviderUpdated.class, providerId, 1, p -> p.put("name", "Universitas B")
                .put("active", false));
        provider.send();
        sample(CoursePublished.class, courseId, 1, c -> c.put("providerId", providerId)).send();
        sample(CourseUpdated.class, courseId, 2, c -> {
            c.put("providerId", providerId).put("title", "Komunikasi Publik Lanjutan").put("jp", 24);
            c.putArray("competencies").addObject().put("code", "KOMUNIKASI-PUBLIK").put("level", 4);
            c.withArray("competencies").addObject().put("code", "PELAYANAN-PRIMA").put("level", 2);
            c.putArray("methods").add("E_LEARNING").add("CASE_STUDY");
            c.putObject("passRules").put("minAttendancePercent", 90).put("minPostTestScore", 75);
        }).send();
        Sample<?> course = sample(CourseArchived.class, courseId, 3, c -> {
            c.put("providerId", providerId).put("title", "Komunikasi Publik Lanjutan").put("jp", 24);
            c.putArray("competencies").addObject().put("code", "PELAYANAN-PRIMA").put("level", 3);
        });
        course.send();
        sample(SessionScheduled.class, sessionId, 0, s -> s.put("courseId", courseId)).send();
        sample(SessionUpdated.class, sessionId, 1, s -> twoDays(s.put("courseId", courseId)).put("capacity", 40))
                .send();
        sample(SessionOpened.class, sessionId, 2, s -> twoDays(s.put("courseId", courseId)).put("capacity", 40)).send();
        Sample<?> session = sample(SessionCancelled.class, sessionId, 3,
                s -> twoDays(s.put("courseId", courseId)).put("capacity", 40).put("seatsTaken", 12));
        session.send();

        awaitRecordsBefore(providerId);
        awaitRecordsBefore(courseId);
        awaitRecordsBefore(sessionId);
        assertReplicaHolds(provider, catalog);
        assertReplicaHolds(course, catalog);
        assertReplicaHolds(session, catalog);
        assertEquals(1, count("SELECT COUNT(*) FROM course_competency_replica WHERE course_id = ?1", courseId),
                "the competencies of the last snapshot only");
        assertEquals(2, count("SELECT COUNT(*) FROM session_day_replica WHERE session_id = ?1", sessionId),
                "the days of the last snapshot only");
    }

    @Test
    void sessionArrivingBeforeItsCourseIsKeptAndItsCourseReportedAsNotYetSynchronised() {
        String courseId = id();
        String sessionId = id();
        Sample<?> session = sample(SessionOpened.class, sessionId, 1, s -> s.put("courseId", courseId));
        session.send();
        awaitRecordsBefore(sessionId);

        assertReplicaHolds(session, catalog);
        CatalogNotSynchronisedProblem problem = assertThrows(CatalogNotSynchronisedProblem.class,
                () -> inTransaction(() -> catalog.sessionWithCourse(sessionId)));
        assertEquals(Subject.COURSE, problem.subject());
        assertEquals(courseId, problem.id());
        assertEquals(409, problem.status());

        Sample<?> course = sample(CoursePublished.class, courseId, 1);
        course.send();
        awaitRecordsBefore(courseId);
        SessionWithCourse found = inTransaction(() -> catalog.sessionWithCourse(sessionId)).orElseThrow();
        assertEquals(sessionId, found.session().id());
        assertEquals(courseId, found.course().id());
        assertEquals(3, found.session().days().size(), "loaded with the session");
        assertEquals(1, found.course().competencies().size(), "loaded with the course");
    }

    @Test
    void olderSnapshotsArrivingLateDoNotOverwriteNewerOnes() {
        String providerId = id();
        String courseId = id();
        String sessionId = id();
        Sample<?> provider = sample(ProviderUpdated.class, providerId, 1, p -> p.put("name", "Baru"));
        Sample<?> course = sample(CourseUpdated.class, courseId, 2, c -> c.put("title", "Baru"));
        Sample<?> session = sample(SessionUpdated.class, sessionId, 4, s -> twoDays(s).put("capacity", 50));
        List.of(provider, course, session).forEach(Sample::send);
        List<String> stale = List.of(
                sample(ProviderRegistered.class, providerId, 0, p -> p.put("name", "Lama")).send(),
                sample(CoursePublished.class, courseId, 1, c -> c.put("title", "Lama")).send(),
                // the same version again under another event id, as when the relay ships a row twice
                sample(CourseUpdated.class, courseId, 2, c -> c.put("title", "Sama")).send(),
                sample(SessionScheduled.class, sessionId, 0, s -> s.put("capacity", 5)).send());
        awaitRecordsBefore(providerId);
        awaitRecordsBefore(courseId);
        awaitRecordsBefore(sessionId);

        assertReplicaHolds(provider, catalog);
        assertReplicaHolds(course, catalog);
        assertReplicaHolds(session, catalog);
        for (String eventId : stale) {
            assertEquals(1, processedCount(eventId), "ignored by the version rule: done with, so recorded");
        }
    }

    @Test
    void redeliveredSessionEventChangesNothing() {
        String sessionId = id();
        String eventId = UUID.randomUUID().toString();
        String json = sample(SessionOpened.class, sessionId, 1).json();
        TestKafka.sendCloudEvent(TOPIC, sessionId, Topic.typeOf(SessionOpened.class), eventId, json);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> inTransaction(() -> catalog.session(sessionId)).isPresent());
        // Tamper with the replica, then deliver the same event again: an idempotent consumer must not re-apply it.
        sql("UPDATE session_replica SET capacity = 1 WHERE id = ?1", sessionId);
        sql("DELETE FROM session_day_replica WHERE session_id = ?1", sessionId);
        TestKafka.sendCloudEvent(TOPIC, sessionId, Topic.typeOf(SessionOpened.class), eventId, json);
        awaitRecordsBefore(sessionId);

        SessionReplica session = inTransaction(() -> catalog.session(sessionId)).orElseThrow();
        assertEquals(1, session.capacity());
        assertTrue(session.days().isEmpty());
        assertEquals(1, processedCount(eventId));
    }

    private long processedCount(String eventId) {
        return inTransaction(() -> processed.count(CatalogEventsConsumer.CONSUMER, eventId));
    }
}
