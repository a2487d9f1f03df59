package id.kompeten.enrollment.rest;

import static id.kompeten.enrollment.EnrollmentTestSupport.ENROLLMENTS;
import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static id.kompeten.enrollment.ParticipantTestSupport.newNip;
import static id.kompeten.enrollment.ParticipantTestSupport.newUnit;
import static id.kompeten.enrollment.ParticipantTestSupport.participant;
import static id.kompeten.enrollment.rest.EnrollmentLifecycleTest.approve;
import static id.kompeten.enrollment.rest.EnrollmentLifecycleTest.etag;
import static id.kompeten.enrollment.rest.EnrollmentLifecycleTest.requested;
import static id.kompeten.enrollment.rest.EnrollmentLifecycleTest.status;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.enrollment.EnrollmentTestSupport;
import id.kompeten.enrollment.EnrollmentTestSupport.Session;
import id.kompeten.enrollment.TranscriptTestSupport;
import id.kompeten.enrollment.rest.EnrollmentLifecycleTest.Person;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the catalogue's session changes do to enrollments (SessionChanges, SeatKeeper), sent as catalogue events
 * through the real topic into the replica: a capacity increase promotes in the waitlist's order, a decrease keeps the
 * confirmed and stops confirmations, a cancellation cancels every open enrollment, and a replica rebuild, which
 * replays every old snapshot, changes nothing. What is published is read from the outbox (written in the transaction
 * that applies the catalogue event, so exact) and then from the topic.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class SessionChangesTest {

    @Test
    void aCapacityIncreasePromotesTheWaitlistInPolicyOrderWithTheCatalogueEvent() {
        Session session = new Session();
        session.capacity = 1;
        session.publish();
        as(admin()).body(Map.of("policy", "JP_DEFICIT_PRIORITY"))
                .put("/api/v1/sessions/" + session.id + "/waitlist-policy").then().statusCode(200);
        List<Person> people = people(5);
        List<String> ids = new ArrayList<>();
        for (Person person : people) {
            ids.add(requested(person, session.id));
        }
        for (int i = 0; i < people.size(); i++) {
            approve(people.get(i), ids.get(i)).then().statusCode(200)
                    .body("status", equalTo(i == 0 ? "CONFIRMED" : "WAITLISTED"));
        }
        // The two who asked first already have 24 JP in the session's year: first come first served would promote
        // them; JP-deficit priority promotes the two who asked last (20 JP short).
        LocalDate end = session.start.plusDays(session.days - 1L);
        for (Person earned : people.subList(1, 3)) {
            TranscriptTestSupport.completed(earned.nip(), UUID.randomUUID().toString(), "Pelayanan Prima", "BPSDM", 24,
                    LocalDate.of(end.getYear(), 1, 5), LocalDate.of(end.getYear(), 1, 5));
        }
        long before = lastOutboxId();

        session.capacity = 3;
        session.publishSession();

        // No waiting: the replica's new version and the promotions commit in one transaction.
        assertEquals(List.of("CONFIRMED", "WAITLISTED", "WAITLISTED", "CONFIRMED", "CONFIRMED"),
                ids.stream().map(EnrollmentLifecycleTest::status).toList());
        assertSeats(session.id, 3, 3, 2);
        List<Outbox> published = outboxSince(before);
        List<Outbox> counts = ofType(published, "SeatsChanged");
        assertEquals(1, counts.size(), "one SeatsChanged for the whole change: " + published);
        assertEquals(session.id, counts.get(0).key());
        assertCount(counts.get(0).payload(), 3, 3, 2);
        assertEquals(Set.of(ids.get(3), ids.get(4)), keys(ofType(published, "EnrollmentPromoted")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(List.of(ids.get(3), ids.get(4)),
                onTopic("EnrollmentPromoted", ids)));
    }

    @Test
    void aCapacityDecreaseKeepsTheConfirmedAndStopsConfirmations() {
        Session session = new Session();
        session.capacity = 3;
        session.publish();
        List<Person> people = people(4);
        List<String> ids = new ArrayList<>();
        for (Person person : people.subList(0, 3)) {
            String id = requested(person, session.id);
            approve(person, id).then().statusCode(200).body("status", equalTo("CONFIRMED"));
            ids.add(id);
        }
        long before = lastOutboxId();

        session.capacity = 1;
        session.publishSession();

        assertEquals(List.of("CONFIRMED", "CONFIRMED", "CONFIRMED"),
                ids.stream().map(EnrollmentLifecycleTest::status).toList());
        assertSeats(session.id, 1, 3, 0);
        List<Outbox> counts = ofType(outboxSince(before), "SeatsChanged");
        assertEquals(1, counts.size(), counts.toString());
        assertCount(counts.get(0).payload(), 1, 3, 0);

        String late = requested(people.get(3), session.id);
        approve(people.get(3), late).then().statusCode(200).body("status", equalTo("WAITLISTED"));
        // A seat freed while still above the capacity gives nobody a seat.
        as(participant(people.get(0).nip(), people.get(0).unit())).header("If-Match", etag(ids.get(0)))
                .post(ENROLLMENTS + "/" + ids.get(0) + "/withdraw").then().statusCode(200);
        assertEquals("WAITLISTED", status(late));
        assertSeats(session.id, 1, 2, 1);
    }

    /**
     * The race two instances showed: a withdrawal read the replica just before a newer snapshot of the session landed
     * (training flipping it between FULL and OPEN), so it holds an older snapshot than the one the seat counter took.
     * The freed seat still goes to the waitlist while the newer snapshot takes enrollments, and not once it is RUNNING.
     * The counter's newer snapshot is written straight to its row: the interleaving itself is the system tests' race.
     */
    @Test
    void aWithdrawalHoldingAnOlderSnapshotPromotesWhenTheNewerOneTakesEnrollments() {
        for (String newer : List.of("OPEN", "FULL", "RUNNING")) {
            Session session = new Session();
            session.capacity = 1;
            session.publish();
            List<Person> people = people(2);
            String first = requested(people.get(0), session.id);
            approve(people.get(0), first).then().statusCode(200).body("status", equalTo("CONFIRMED"));
            String second = requested(people.get(1), session.id);
            approve(people.get(1), second).then().statusCode(200).body("status", equalTo("WAITLISTED"));
            update("UPDATE session_seats SET session_version = session_version + 1, session_status = ?"
                    + " WHERE session_id = ?", newer, session.id);

            as(participant(people.get(0).nip(), people.get(0).unit())).header("If-Match", etag(first))
                    .post(ENROLLMENTS + "/" + first + "/withdraw").then().statusCode(200);

            boolean takesEnrollments = !newer.equals("RUNNING");
            assertEquals(takesEnrollments ? "CONFIRMED" : "WAITLISTED", status(second), "newer snapshot " + newer);
            assertSeats(session.id, 1, takesEnrollments ? 1 : 0, takesEnrollments ? 0 : 1);
        }
    }

    @Test
    void aCancelledSessionCancelsEveryOpenEnrollment() {
        Session session = new Session();
        session.capacity = 1;
        session.publish();
        List<Person> people = people(4);
        String confirmed = requested(people.get(0), session.id);
        approve(people.get(0), confirmed).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        String waitlisted = requested(people.get(1), session.id);
        approve(people.get(1), waitlisted).then().statusCode(200).body("status", equalTo("WAITLISTED"));
        String pending = requested(people.get(2), session.id);
        String withdrawn = requested(people.get(3), session.id);
        as(participant(people.get(3).nip(), people.get(3).unit())).header("If-Match", etag(withdrawn))
                .post(ENROLLMENTS + "/" + withdrawn + "/withdraw").then().statusCode(200);
        long before = lastOutboxId();

        session.status = "CANCELLED";
        session.cancellationReason = "Narasumber berhalangan";
        session.publishSession();

        for (String id : List.of(confirmed, waitlisted, pending)) {
            as(admin()).get(ENROLLMENTS + "/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"))
                    .body("endReason", equalTo("Narasumber berhalangan"));
        }
        assertEquals("WITHDRAWN", status(withdrawn));
        assertSeats(session.id, 1, 0, 0);
        List<Outbox> published = outboxSince(before);
        assertEquals(Set.of(confirmed, waitlisted, pending), keys(ofType(published, "EnrollmentCancelled")));
        assertEquals(3, ofType(published, "EnrollmentCancelled").size());
        List<Outbox> counts = ofType(published, "SeatsChanged");
        assertEquals(1, counts.size(), counts.toString());
        assertCount(counts.get(0).payload(), 1, 0, 0);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(Set.of(confirmed, waitlisted, pending),
                Set.copyOf(onTopic("EnrollmentCancelled", List.of(confirmed, waitlisted, pending, withdrawn)))));
    }

    @Test
    void aReplicaRebuildReplaysOldSnapshotsAndChangesNoEnrollment() {
        // Withdrawn while RUNNING: the seat is free but nobody is promoted into a running session. A replayed OPEN
        // snapshot must not promote the waitlisted person now.
        Session running = new Session();
        running.capacity = 1;
        running.publish();
        List<Person> people = people(8);
        String leaving = requested(people.get(0), running.id);
        approve(people.get(0), leaving).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        String waiting = requested(people.get(1), running.id);
        approve(people.get(1), waiting).then().statusCode(200).body("status", equalTo("WAITLISTED"));
        running.status = "RUNNING";
        running.publishSession();
        as(participant(people.get(0).nip(), people.get(0).unit())).header("If-Match", etag(leaving))
                .post(ENROLLMENTS + "/" + leaving + "/withdraw").then().statusCode(200);
        assertEquals("WAITLISTED", status(waiting));

        // Capacity lowered from 3 to 1: the replayed capacity 3 must not come back and promote anyone.
        Session lowered = new Session();
        lowered.capacity = 3;
        lowered.start = lowered.start.plusDays(10);
        lowered.publish();
        List<String> kept = new ArrayList<>();
        for (Person person : people.subList(2, 5)) {
            String id = requested(person, lowered.id);
            approve(person, id).then().statusCode(200).body("status", equalTo("CONFIRMED"));
            kept.add(id);
        }
        lowered.capacity = 1;
        lowered.publishSession();
        String queued = requested(people.get(5), lowered.id);
        approve(people.get(5), queued).then().statusCode(200).body("status", equalTo("WAITLISTED"));
        as(participant(people.get(2).nip(), people.get(2).unit())).header("If-Match", etag(kept.get(0)))
                .post(ENROLLMENTS + "/" + kept.get(0) + "/withdraw").then().statusCode(200);

        // Cancelled: its replayed OPEN snapshots and the cancellation again find nothing to do.
        Session cancelled = new Session();
        cancelled.capacity = 1;
        cancelled.start = cancelled.start.plusDays(20);
        cancelled.publish();
        String gone = requested(people.get(6), cancelled.id);
        approve(people.get(6), gone).then().statusCode(200);
        requested(people.get(7), cancelled.id);
        cancelled.status = "CANCELLED";
        cancelled.cancellationReason = "Anggaran dialihkan";
        cancelled.publishSession();

        List<String> sessions = List.of(running.id, lowered.id, cancelled.id);
        Map<String, String> statuses = statusesOf(sessions);
        Map<String, JsonPath> seats = sessions.stream().collect(Collectors.toMap(id -> id, SessionChangesTest::seats));
        long before = lastOutboxId();

        as(admin()).post("/api/v1/replicas/catalog-replica/rebuild").then().statusCode(200);

        assertEquals(statuses, statusesOf(sessions));
        for (String id : sessions) {
            JsonPath now = seats(id);
            assertEquals(seats.get(id).getMap(""), now.getMap(""), "seats of " + id);
        }
        List<Outbox> published = outboxSince(before);
        assertEquals(List.of(), published.stream().filter(row -> row.type().equals("SeatsChanged")
                || row.type().startsWith("Enrollment")).toList(), "a rebuild publishes nothing of enrollment's");
    }

    // --- fixtures

    record Outbox(String key, String type, String payload) {
    }

    static List<Person> people(int count) {
        String unit = newUnit();
        String boss = newNip();
        return Stream.generate(() -> Person.under(unit, boss)).limit(count).toList();
    }

    static JsonPath seats(String sessionId) {
        return as(admin()).get("/api/v1/sessions/" + sessionId + "/seats").then().statusCode(200).extract().jsonPath();
    }

    static void assertSeats(String sessionId, int capacity, int confirmed, int waitlisted) {
        JsonPath seats = seats(sessionId);
        assertEquals(List.of(capacity, confirmed, waitlisted),
                List.of(seats.getInt("capacity"), seats.getInt("confirmed"), seats.getInt("waitlisted")),
                "capacity, confirmed, waitlisted of " + sessionId);
    }

    static void assertCount(String payload, int capacity, int seatsTaken, int waitlisted) {
        JsonPath count = JsonPath.from(payload);
        assertEquals(List.of(capacity, seatsTaken, waitlisted),
                List.of(count.getInt("capacity"), count.getInt("seatsTaken"), count.getInt("waitlisted")), payload);
    }

    /** Every enrollment of the sessions with its status. */
    static Map<String, String> statusesOf(List<String> sessionIds) {
        Map<String, String> statuses = new HashMap<>();
        for (String sessionId : sessionIds) {
            List<Map<String, Object>> items = as(admin()).queryParam("sessionId", sessionId).queryParam("size", 100)
                    .get(ENROLLMENTS).then().statusCode(200).extract().jsonPath().getList("items");
            items.forEach(item -> statuses.put((String) item.get("id"), (String) item.get("status")));
        }
        return statuses;
    }

    static List<Outbox> ofType(List<Outbox> rows, String type) {
        return rows.stream().filter(row -> row.type().equals(type)).toList();
    }

    static Set<String> keys(List<Outbox> rows) {
        return rows.stream().map(Outbox::key).collect(Collectors.toSet());
    }

    /** The keys, among these, of the records of this type on enrollment.events, in topic order per key. */
    static List<String> onTopic(String type, List<String> keys) {
        return TestKafka.readAll("enrollment.events", r -> keys.contains(r.key())
                        && type.equals(TestKafka.header(r, "ce_type"))).stream()
                .map(r -> r.key()).sorted((a, b) -> Integer.compare(keys.indexOf(a), keys.indexOf(b))).toList();
    }

    static long lastOutboxId() {
        return number("SELECT COALESCE(MAX(id), 0) FROM outbox_event");
    }

    static List<Outbox> outboxSince(long id) {
        try (Connection connection = EnrollmentTestSupport.connection(); PreparedStatement query = connection
                .prepareStatement("SELECT event_key, event_type, payload FROM outbox_event WHERE id > ? ORDER BY id")) {
            query.setLong(1, id);
            List<Outbox> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new Outbox(row.getString(1), row.getString(2), row.getString(3)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(String sql, String... parameters) {
        try (Connection connection = EnrollmentTestSupport.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            assertEquals(1, statement.executeUpdate(), sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long number(String sql) {
        try (Connection connection = EnrollmentTestSupport.connection();
                PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
