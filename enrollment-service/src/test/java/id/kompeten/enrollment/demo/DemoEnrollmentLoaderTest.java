package id.kompeten.enrollment.demo;

import static id.kompeten.enrollment.ParticipantTestSupport.ZONE;
import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.contracts.Topic;
import id.kompeten.enrollment.EnrollmentTestSupport;
import id.kompeten.enrollment.EnrollmentTestSupport.Session;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo enrollments, loaded against demo sessions sent through Kafka as the catalogue would: every lifecycle state
 * appears, the earlier runs are decided by the real close (their CourseCompleted events reach the topic) but for the
 * one left for the user to close, the small class has its waitlist, and a second load changes nothing.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class DemoEnrollmentLoaderTest {

    @Inject
    DemoEnrollmentLoader loader;

    @Test
    void everyStateAppearsHeldRunsAreClosedAndASecondLoadChangesNothing() {
        DemoEnrollments demo = loader.read();
        Map<String, Session> sessions = publishDemoSessions(demo);

        assertEquals(Optional.empty(), loader.load());

        Map<String, Map<String, Integer>> states = new TreeMap<>();
        sessions.forEach((code, session) -> states.put(code, statesOf(session.id)));
        assertEquals(Map.of("CONFIRMED", 6, "WAITLISTED", 1), states.get("KP-01-MLY-01"), "six seats, a waitlist");
        assertEquals(Map.of("REQUESTED", 1, "CONFIRMED", 1, "WITHDRAWN", 1, "REJECTED", 1), states.get("PP-01-SBG-01"));
        assertEquals(Map.of("COMPLETED", 3, "FAILED", 2), states.get("SIAK-01-SBG-00"),
                "one absent day, one below the pass score");
        assertEquals(Map.of("COMPLETED", 3, "FAILED", 1), states.get("KP-01-SBG-00"));
        assertEquals(Map.of("CONFIRMED", 4), states.get("PP-01-MLY-00"), "results recorded, the close left open");
        assertEquals(Map.of("CANCELLED", 2), states.get("PM-01-MLY-00"));
        Set<String> seen = states.values().stream().flatMap(counts -> counts.keySet().stream())
                .collect(Collectors.toSet());
        assertEquals(Set.of("REQUESTED", "CONFIRMED", "WAITLISTED", "REJECTED", "WITHDRAWN", "CANCELLED", "COMPLETED",
                "FAILED"), seen, "every state of the lifecycle");

        int completers = 6;
        Set<String> heldIds = demo.held().stream().map(held -> sessions.get(held.session()).id)
                .collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(30)).until(() -> courseCompletedOf(heldIds) == completers);

        assertEquals(Optional.empty(), loader.load());
        Map<String, Map<String, Integer>> again = new TreeMap<>();
        sessions.forEach((code, session) -> again.put(code, statesOf(session.id)));
        assertEquals(states, again, "a second load changes nothing");
        assertEquals(completers, courseCompletedOf(heldIds), "and publishes no completion twice");

        // The run left open is ready for whoever runs the demo to close: its recorded results decide it.
        as(admin()).post("/api/v1/sessions/" + sessions.get("PP-01-MLY-00").id + "/close").then().statusCode(200);
        assertEquals(Map.of("COMPLETED", 3, "FAILED", 1), statesOf(sessions.get("PP-01-MLY-00").id));
        await().atMost(Duration.ofSeconds(30)).until(() -> courseCompletedOf(heldIds) == completers + 3);
    }

    private static Map<String, Session> publishDemoSessions(DemoEnrollments demo) {
        LocalDate today = LocalDate.now(ZONE);
        Map<String, Session> sessions = new HashMap<>();
        int i = 0;
        for (DemoEnrollments.Held held : demo.held()) {
            Session session = new Session();
            session.code = held.session();
            session.start = today.minusDays(60 + 10L * i++);
            session.opensOn = session.start.minusDays(35);
            session.closesOn = session.start.minusDays(7);
            session.status = "COMPLETED";
            sessions.put(held.session(), session.publish());
        }
        for (DemoEnrollments.Cancelled cancelled : demo.cancelled()) {
            Session session = new Session();
            session.code = cancelled.session();
            session.status = "CANCELLED";
            session.cancellationReason = "Narasumber berhalangan hadir";
            sessions.put(cancelled.session(), session.publish());
        }
        for (DemoEnrollments.Upcoming upcoming : demo.upcoming()) {
            Session session = new Session();
            session.code = upcoming.session();
            session.start = today.plusDays(30 + 10L * i++);
            session.capacity = upcoming.session().startsWith("KP-01") ? 6 : 20;
            sessions.put(upcoming.session(), session.publish());
        }
        return sessions;
    }

    private static Map<String, Integer> statesOf(String sessionId) {
        List<String> statuses = as(admin()).queryParam("sessionId", sessionId).queryParam("size", 200)
                .get(EnrollmentTestSupport.ENROLLMENTS).then().statusCode(200).extract().jsonPath()
                .getList("items.status", String.class);
        Map<String, Integer> counts = new HashMap<>();
        statuses.forEach(status -> counts.merge(status, 1, Integer::sum));
        return counts;
    }

    private static long courseCompletedOf(Set<String> sessionIds) {
        return TestKafka.readAll(Topic.ENROLLMENT.topicName(), record -> true).stream()
                .filter(record -> "CourseCompleted".equals(TestKafka.header(record, "ce_type")))
                .filter(record -> sessionIds.stream().anyMatch(record.value()::contains))
                .count();
    }

}
