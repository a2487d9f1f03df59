package id.kompeten.enrollment.rest;

import static id.kompeten.enrollment.EnrollmentTestSupport.ENROLLMENTS;
import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static id.kompeten.enrollment.ParticipantTestSupport.newNip;
import static id.kompeten.enrollment.ParticipantTestSupport.newUnit;
import static id.kompeten.enrollment.ParticipantTestSupport.participant;
import static id.kompeten.enrollment.ParticipantTestSupport.registerIn;
import static id.kompeten.enrollment.ParticipantTestSupport.supervisor;
import static id.kompeten.enrollment.ParticipantTestSupport.unitAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.enrollment.EnrollmentTestSupport;
import id.kompeten.enrollment.EnrollmentTestSupport.Session;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The enrollment lifecycle and its rules through the API, against the real database and broker. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class EnrollmentLifecycleTest {

    /** A participant in a fresh unit with their own supervisor. */
    record Person(String nip, String unit, String supervisorNip) {
        static Person create() {
            String unit = newUnit();
            String boss = newNip();
            return new Person(registerIn(unit, boss), unit, boss);
        }

        static Person under(String unit, String boss) {
            return new Person(registerIn(unit, boss), unit, boss);
        }
    }

    static Response request(Person person, String sessionId) {
        return as(participant(person.nip(), person.unit()))
                .body(Map.of("nip", person.nip(), "sessionId", sessionId)).post(ENROLLMENTS);
    }

    static String requested(Person person, String sessionId) {
        return request(person, sessionId).then().statusCode(201).body("status", equalTo("REQUESTED"))
                .extract().jsonPath().getString("id");
    }

    static String etag(String id) {
        return as(admin()).get(ENROLLMENTS + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    static Response approve(Person person, String id) {
        return as(supervisor(person.supervisorNip(), person.unit())).header("If-Match", etag(id))
                .post(ENROLLMENTS + "/" + id + "/approve");
    }

    static String status(String id) {
        return as(admin()).get(ENROLLMENTS + "/" + id).then().statusCode(200).extract().jsonPath().getString("status");
    }

    static List<String> eventTypesOf(String key) {
        return TestKafka.readAll("enrollment.events", r -> key.equals(r.key())).stream()
                .map(r -> TestKafka.header(r, "ce_type")).toList();
    }

    @Test
    void requestApproveConfirmsThenTheWaitlistGetsTheSeatAWithdrawalFrees() {
        Session session = new Session();
        session.capacity = 1;
        session.publish();
        Person first = Person.create();
        Person second = Person.create();
        String a = requested(first, session.id);
        String b = requested(second, session.id);

        approve(first, a).then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("decidedBy", equalTo(first.supervisorNip()));
        approve(second, b).then().statusCode(200).body("status", equalTo("WAITLISTED"));
        as(admin()).get("/api/v1/sessions/" + session.id + "/seats").then().statusCode(200)
                .body("confirmed", equalTo(1)).body("waitlisted", equalTo(1)).body("capacity", equalTo(1));

        as(participant(first.nip(), first.unit())).header("If-Match", etag(a))
                .body(Map.of("reason", "Tugas luar kota")).post(ENROLLMENTS + "/" + a + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("endReason", equalTo("Tugas luar kota"));
        assertEquals("CONFIRMED", status(b), "the freed seat went to the waitlist in the same transaction");
        as(admin()).get("/api/v1/sessions/" + session.id + "/seats").then()
                .body("confirmed", equalTo(1)).body("waitlisted", equalTo(0));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertEquals(List.of("EnrollmentRequested", "EnrollmentApproved", "EnrollmentConfirmed",
                    "EnrollmentWithdrawn"), eventTypesOf(a));
            assertEquals(List.of("EnrollmentRequested", "EnrollmentApproved", "EnrollmentWaitlisted",
                    "EnrollmentPromoted"), eventTypesOf(b));
            List<ConsumerRecord<String, String>> counts = TestKafka.readAll("enrollment.events",
                    r -> session.id.equals(r.key()));
            assertEquals(List.of("SeatsChanged", "SeatsChanged", "SeatsChanged"),
                    counts.stream().map(r -> TestKafka.header(r, "ce_type")).toList());
            assertTrue(counts.get(2).value().contains("\"seatsTaken\":1") && counts.get(2).value().contains(
                    "\"waitlisted\":0") && counts.get(2).value().contains("\"version\":3"), counts.get(2).value());
        });
    }

    @Test
    void onlyTheDirectSupervisorDecidesAndRejectionNeedsAReasonAndFreesTheSeat() {
        Session session = new Session();
        session.capacity = 1;
        session.publish();
        Person person = Person.create();
        Person colleague = Person.under(person.unit(), person.supervisorNip());
        String id = requested(person, session.id);
        String other = requested(colleague, session.id);

        // Another supervisor of the same unit is not theirs: 404 (cannot even see it); the participant: 403 by role.
        as(supervisor(newNip(), person.unit())).header("If-Match", etag(id)).post(ENROLLMENTS + "/" + id + "/approve")
                .then().statusCode(404);
        as(participant(person.nip(), person.unit())).header("If-Match", etag(id))
                .post(ENROLLMENTS + "/" + id + "/approve").then().statusCode(403);
        as(unitAdmin(person.unit())).header("If-Match", etag(id)).post(ENROLLMENTS + "/" + id + "/approve")
                .then().statusCode(403);
        // If-Match is required
        as(supervisor(person.supervisorNip(), person.unit())).post(ENROLLMENTS + "/" + id + "/approve")
                .then().statusCode(428);

        approve(person, id).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        approve(colleague, other).then().statusCode(200).body("status", equalTo("WAITLISTED"));
        approve(person, id).then().statusCode(409).body("detail", containsString("CONFIRMED"));

        as(supervisor(person.supervisorNip(), person.unit())).header("If-Match", etag(id)).body(Map.of("reason", " "))
                .post(ENROLLMENTS + "/" + id + "/reject").then().statusCode(400);
        as(supervisor(person.supervisorNip(), person.unit())).header("If-Match", etag(id))
                .body(Map.of("reason", "Pelayanan tidak dapat ditinggalkan")).post(ENROLLMENTS + "/" + id + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("decisionReason", equalTo("Pelayanan tidak dapat ditinggalkan"));
        assertEquals("CONFIRMED", status(other), "rejection after confirmation freed the seat for the waitlist");
        // Rejected ended it: the person may ask again.
        requested(person, session.id);
    }

    @Test
    void rulesOfTheSessionAndThePerson() {
        Person person = Person.create();

        Session closed = new Session();
        closed.opensOn = LocalDate.now().minusDays(20);
        closed.closesOn = LocalDate.now().minusDays(2);
        closed.publish();
        request(person, closed.id).then().statusCode(409).body("detail", containsString("takes enrollments from"));

        Session notYet = new Session();
        notYet.opensOn = LocalDate.now().plusDays(3);
        notYet.publish();
        request(person, notYet.id).then().statusCode(409);

        Session draft = new Session();
        draft.status = "RUNNING";
        draft.publish();
        request(person, draft.id).then().statusCode(409).body("detail", containsString("RUNNING"));

        Session archived = new Session();
        archived.courseStatus = "ARCHIVED";
        archived.publish();
        request(person, archived.id).then().statusCode(409).body("detail", containsString("archived"));

        request(person, UUID.randomUUID().toString()).then().statusCode(409)
                .body("type", containsString("catalog-not-synchronised")).header("Retry-After", equalTo("2"));

        Session open = new Session();
        open.publish();
        String id = requested(person, open.id);
        request(person, open.id).then().statusCode(409).body("detail", containsString(id));

        // Someone else's request: a participant only for themselves; a unit admin of another unit: 403.
        Person other = Person.create();
        as(participant(person.nip(), person.unit())).body(Map.of("nip", other.nip(), "sessionId", open.id))
                .post(ENROLLMENTS).then().statusCode(403);
        as(unitAdmin(person.unit())).body(Map.of("nip", other.nip(), "sessionId", open.id))
                .post(ENROLLMENTS).then().statusCode(403);
        as(unitAdmin(other.unit())).body(Map.of("nip", other.nip(), "sessionId", open.id))
                .post(ENROLLMENTS).then().statusCode(201).body("nominated", equalTo(true));

        // Overlap: confirmed in a session sharing a day; the 409 names the other enrollment.
        approve(person, id).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        Session sameDays = new Session();
        sameDays.start = open.start.plusDays(2);
        sameDays.publish();
        request(person, sameDays.id).then().statusCode(409).body("detail", containsString(id));
    }

    @Test
    void withdrawalIsTheParticipantsAndNotAfterCompletion() throws Exception {
        Session session = new Session();
        session.publish();
        Person person = Person.create();
        String id = requested(person, session.id);
        approve(person, id).then().statusCode(200);
        Person stranger = Person.create();
        as(participant(stranger.nip(), stranger.unit())).header("If-Match", etag(id))
                .post(ENROLLMENTS + "/" + id + "/withdraw").then().statusCode(404);
        try (var connection = EnrollmentTestSupport.connection(); var statement = connection.prepareStatement(
                "UPDATE enrollment SET status = 'COMPLETED', version = version + 1 WHERE id = ?")) {
            statement.setString(1, id);
            statement.executeUpdate();
        }
        as(participant(person.nip(), person.unit())).header("If-Match", etag(id))
                .post(ENROLLMENTS + "/" + id + "/withdraw").then().statusCode(409)
                .body("detail", containsString("COMPLETED"));
        request(person, session.id).then().statusCode(409); // completed keeps the active key
    }

    @Test
    void listsAreScoped() {
        Session session = new Session();
        session.publish();
        Person person = Person.create();
        Person other = Person.create();
        String mine = requested(person, session.id);
        requested(other, session.id);
        as(participant(person.nip(), person.unit())).queryParam("sessionId", session.id).get(ENROLLMENTS)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(mine));
        as(supervisor(person.supervisorNip(), person.unit())).queryParam("sessionId", session.id).get(ENROLLMENTS)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(mine));
        as(unitAdmin(other.unit())).queryParam("sessionId", session.id).get(ENROLLMENTS)
                .then().statusCode(200).body("total", equalTo(1));
        as(unitAdmin(other.unit())).queryParam("unit", person.unit()).get(ENROLLMENTS).then().statusCode(403);
        as(admin()).queryParam("sessionId", session.id).get(ENROLLMENTS).then().body("total", equalTo(2));
        as(participant(other.nip(), other.unit())).get(ENROLLMENTS + "/" + mine).then().statusCode(404);
    }

    @Test
    void bulkNominationReportsEachRow() {
        Session session = new Session();
        session.publish();
        Person one = Person.create();
        Person two = Person.under(one.unit(), one.supervisorNip());
        Person elsewhere = Person.create();
        as(unitAdmin(one.unit())).urlEncodingEnabled(false).header("Accept-Language", "id")
                .body(Map.of("nips", List.of(one.nip(), two.nip(), elsewhere.nip(), one.nip(), newNip())))
                .post("/api/v1/sessions/" + session.id + "/enrollments:bulk")
                .then().statusCode(200).body("created", equalTo(2)).body("failed", equalTo(3))
                .body("rows[0].outcome", equalTo("CREATED")).body("rows[0].status", equalTo("REQUESTED"))
                .body("rows[1].outcome", equalTo("CREATED"))
                .body("rows[2].problemStatus", equalTo(403)).body("rows[2].detail", containsString("bukan anggota unit"))
                .body("rows[3].detail", containsString("lebih dari sekali"))
                .body("rows[4].problemStatus", equalTo(404));
    }
}
