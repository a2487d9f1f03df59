package id.kompeten.systemtest;

import static id.kompeten.systemtest.SystemStack.ENROLLMENT;
import static id.kompeten.systemtest.SystemStack.TRAINING;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.localstack.tokens.DevTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Enrollment owns the seats; the public catalogue must show them, through {@code SeatsChanged} on
 * {@code enrollment.events}: the two services as deployed, their demo data, and nothing but HTTP and Kafka between
 * test and services. Counts are compared before and after, so enrollments the demo data may hold do not matter.
 */
@SystemTest({TRAINING, ENROLLMENT})
class SeatsReachTheCatalogueSystemTest {

    /** Seat counts reach the catalogue "within a second"; the bound leaves room for a loaded build machine. */
    private static final Duration CATALOGUE_BOUND = Duration.ofSeconds(15);
    /** The services' demo data loads after readiness; the catalogue's events then reach enrollment's replica. */
    private static final Duration REPLICA_BOUND = Duration.ofMinutes(2);
    private static final String ENROLLMENT_EVENTS = "enrollment.events";
    /** The production group of training's consumer (docs/events.md): nothing is overridden for the tests. */
    private static final String SESSION_SEATS_GROUP = "training-service.session-seats";
    private static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Jakarta");

    /** The unit admin nominates, the supervisor approves: both of Sibolga's population-registry office. */
    private static final DevIdentity UNIT_ADMIN = DevPersonas.UNIT_ADMIN;
    private static final DevIdentity SUPERVISOR = DevPersonas.SUPERVISOR;
    /** Demo people (enrollment's demo/people.json) of that office reporting to that supervisor. */
    private static final List<String> SUBORDINATES = List.of(DevPersonas.PARTICIPANT.nip(), "199304282019032001",
            "199108172017011005", "199512012020122003", "199607092023211004", "199002142015031002");

    private final SystemStack stack;

    SeatsReachTheCatalogueSystemTest(SystemStack stack) {
        this.stack = stack;
    }

    @Test
    void approvalsAndWithdrawalsShowInThePublicCatalogue() {
        List<Long> approvalMillis = new ArrayList<>();
        List<Long> withdrawalMillis = new ArrayList<>();
        long begin = System.nanoTime();
        for (String sessionId : twoOpenSessionsThatDoNotOverlap()) {
            awaitReplicaOf(sessionId);
            List<Map<String, Object>> enrollments = new ArrayList<>();
            for (String nip : SUBORDINATES) {
                enrollments.add(nominate(nip, sessionId));
            }
            for (Map<String, Object> enrollment : enrollments) {
                approvalMillis.add(approveAndTimeCatalogue(sessionId, enrollment));
            }
            withdrawalMillis.add(withdrawAndTimeCatalogue(sessionId, enrollments.get(0)));
            assertTheLatestSeatsChangedOnTheTopicIs(sessionId, confirmed(sessionId));
        }
        await("training's session-seats group committing on enrollment.events").atMost(CATALOGUE_BOUND)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> TestKafka.committedOffsets(SESSION_SEATS_GROUP, ENROLLMENT_EVENTS) > 0);
        SystemStack.say("Test body took %d ms", (System.nanoTime() - begin) / 1_000_000);
        SystemStack.say("Seat count in the public catalogue after the approval's response: %s",
                summary(approvalMillis));
        SystemStack.say("Seat count in the public catalogue after the withdrawal's response: %s",
                summary(withdrawalMillis));
    }

    /**
     * OPEN demo sessions with room for everyone, enrollment window open today, on days apart (one person cannot hold
     * seats in two overlapping sessions).
     */
    private List<String> twoOpenSessionsThatDoNotOverlap() {
        List<Map<String, Object>> sessions = stack.request(TRAINING)
                .queryParam("status", "OPEN").queryParam("size", 100)
                .get("/api/v1/sessions")
                .then().statusCode(200).extract().path("items");
        LocalDate today = LocalDate.now(AGENCY_ZONE);
        List<Map<String, Object>> candidates = sessions.stream()
                .filter(s -> !LocalDate.parse((String) s.get("enrollmentOpensOn")).isAfter(today))
                .filter(s -> LocalDate.parse((String) s.get("enrollmentClosesOn")).isAfter(today.plusDays(1)))
                .filter(s -> (Integer) s.get("seatsAvailable") >= SUBORDINATES.size())
                // The latest first: the demo's own enrollments (which its loader may still be writing) are in the
                // nearest sessions, and a count that moved by a demo approval would not be this test's.
                .sorted(Comparator.comparing((Map<String, Object> s) -> (String) s.get("startDate")).reversed())
                .toList();
        List<Map<String, Object>> chosen = new ArrayList<>();
        for (Map<String, Object> session : candidates) {
            if (chosen.isEmpty() || LocalDate.parse((String) session.get("endDate"))
                    .isBefore(LocalDate.parse((String) chosen.get(chosen.size() - 1).get("startDate")))) {
                chosen.add(session);
            }
            if (chosen.size() == 2) {
                break;
            }
        }
        assertEquals(2, chosen.size(), "two open demo sessions apart, with room, in " + sessions);
        return chosen.stream().map(s -> (String) s.get("id")).toList();
    }

    /** Enrollment learns of sessions from the catalogue's events: its seat counter answers once the session is in. */
    private void awaitReplicaOf(String sessionId) {
        long begin = System.nanoTime();
        await("session " + sessionId + " in enrollment's replica").atMost(REPLICA_BOUND)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> seatsRequest(sessionId).statusCode() == 200);
        SystemStack.say("Session %s in enrollment's replica after %d ms of waiting", sessionId,
                (System.nanoTime() - begin) / 1_000_000);
    }

    /** The unit admin nominates; 409 catalog-not-synchronised (the course may trail the session) is retried. */
    private Map<String, Object> nominate(String nip, String sessionId) {
        Response[] created = new Response[1];
        await("nomination of " + nip).atMost(REPLICA_BOUND).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response response = stack.request(ENROLLMENT)
                    .header("Authorization", DevTokens.bearer(UNIT_ADMIN))
                    .contentType(ContentType.JSON)
                    .body(Map.of("nip", nip, "sessionId", sessionId))
                    .post("/api/v1/enrollments");
            boolean notSynchronised = response.statusCode() == 409
                    && String.valueOf(response.jsonPath().getString("type")).endsWith("catalog-not-synchronised");
            if (!notSynchronised) {
                assertEquals(201, response.statusCode(), response.asString());
                created[0] = response;
            }
            return !notSynchronised;
        });
        assertEquals("REQUESTED", created[0].path("status"));
        return Map.of("id", created[0].path("id"), "etag", created[0].header("ETag"), "nip", nip);
    }

    /** Approves as the supervisor; returns the time from the approval's response to the catalogue showing it. */
    private long approveAndTimeCatalogue(String sessionId, Map<String, Object> enrollment) {
        int catalogueBefore = publicSeatsTaken(sessionId);
        int confirmedBefore = confirmed(sessionId);
        assertEquals(confirmedBefore, catalogueBefore, "the catalogue agrees with enrollment before the approval");

        Response approved = stack.request(ENROLLMENT)
                .header("Authorization", DevTokens.bearer(SUPERVISOR))
                .header("If-Match", enrollment.get("etag"))
                .post("/api/v1/enrollments/{id}/approve", enrollment.get("id"));
        long answered = System.nanoTime();
        assertEquals(200, approved.statusCode(), approved.asString());
        assertEquals("CONFIRMED", approved.path("status"));
        int confirmedAfter = confirmed(sessionId);
        assertEquals(confirmedBefore + 1, confirmedAfter);

        return millisUntilCatalogueShows(sessionId, confirmedAfter, answered);
    }

    /** The participant withdraws themselves; the freed seat leaves the catalogue's count (nobody is waitlisted). */
    private long withdrawAndTimeCatalogue(String sessionId, Map<String, Object> enrollment) {
        DevIdentity participant = DevIdentity.person("PARTICIPANT", (String) enrollment.get("nip"),
                DevPersonas.SAMPLE_UNIT);
        Response current = stack.request(ENROLLMENT)
                .header("Authorization", DevTokens.bearer(participant))
                .get("/api/v1/enrollments/{id}", enrollment.get("id"));
        assertEquals(200, current.statusCode(), current.asString());
        int confirmedBefore = confirmed(sessionId);

        Response withdrawn = stack.request(ENROLLMENT)
                .header("Authorization", DevTokens.bearer(participant))
                .header("If-Match", current.header("ETag"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Bentrok dengan tugas luar kota"))
                .post("/api/v1/enrollments/{id}/withdraw", enrollment.get("id"));
        long answered = System.nanoTime();
        assertEquals(200, withdrawn.statusCode(), withdrawn.asString());
        assertEquals("WITHDRAWN", withdrawn.path("status"));
        int confirmedAfter = confirmed(sessionId);
        assertEquals(confirmedBefore - 1, confirmedAfter);

        return millisUntilCatalogueShows(sessionId, confirmedAfter, answered);
    }

    /** The count travelled as enrollment's SeatsChanged, keyed by the session: the newest version has it. */
    private static void assertTheLatestSeatsChangedOnTheTopicIs(String sessionId, int seatsTaken) {
        List<JsonPath> counts = TestKafka.readAll(ENROLLMENT_EVENTS, TestKafka.withHeader("ce_type", "SeatsChanged"))
                .stream()
                .filter(record -> sessionId.equals(record.key()))
                .map(ConsumerRecord::value)
                .map(JsonPath::from)
                .sorted(Comparator.comparingLong(count -> count.getLong("version")))
                .toList();
        assertTrue(!counts.isEmpty(), "SeatsChanged of " + sessionId + " on " + ENROLLMENT_EVENTS);
        assertEquals(seatsTaken, counts.get(counts.size() - 1).getInt("seatsTaken"));
    }

    private long millisUntilCatalogueShows(String sessionId, int seatsTaken, long sinceNanos) {
        await("seatsTaken " + seatsTaken + " in the public catalogue").atMost(CATALOGUE_BOUND)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(() -> publicSeatsTaken(sessionId) == seatsTaken);
        return (System.nanoTime() - sinceNanos) / 1_000_000;
    }

    /** What anyone sees, without a token. */
    private int publicSeatsTaken(String sessionId) {
        return stack.request(TRAINING).get("/api/v1/sessions/{id}", sessionId)
                .then().statusCode(200).extract().path("seatsTaken");
    }

    private int confirmed(String sessionId) {
        return seatsRequest(sessionId).then().statusCode(200).extract().path("confirmed");
    }

    private Response seatsRequest(String sessionId) {
        return stack.request(ENROLLMENT)
                .header("Authorization", DevTokens.bearer(SUPERVISOR))
                .get("/api/v1/sessions/{id}/seats", sessionId);
    }

    private static String summary(List<Long> millis) {
        assertTrue(!millis.isEmpty());
        List<Long> sorted = millis.stream().sorted().toList();
        return String.format("%d samples, p50 %d ms, max %d ms (all: %s)", sorted.size(), sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1), millis);
    }
}
