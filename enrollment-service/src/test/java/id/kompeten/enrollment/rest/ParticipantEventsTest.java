package id.kompeten.enrollment.rest;

import static id.kompeten.enrollment.ParticipantTestSupport.PARTICIPANTS;
import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static id.kompeten.enrollment.ParticipantTestSupport.etag;
import static id.kompeten.enrollment.ParticipantTestSupport.integration;
import static id.kompeten.enrollment.ParticipantTestSupport.newNiPppk;
import static id.kompeten.enrollment.ParticipantTestSupport.newNip;
import static id.kompeten.enrollment.ParticipantTestSupport.newUnit;
import static id.kompeten.enrollment.ParticipantTestSupport.participant;
import static id.kompeten.enrollment.ParticipantTestSupport.participantBody;
import static id.kompeten.enrollment.ParticipantTestSupport.register;
import static id.kompeten.enrollment.ParticipantTestSupport.unitAdmin;
import static id.kompeten.enrollment.ParticipantTestSupport.updateBody;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.participant.ParticipantChanged;
import id.kompeten.contracts.participant.ParticipantRegistered;
import id.kompeten.enrollment.EnrollmentTestSupport;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The participant register on enrollment.participants: what each change of the register publishes, read from the
 * outbox (written in the change's transaction, so exact; each test's people have numbers of their own), once from the
 * topic itself, and the shape of each type against the contract's sample.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class ParticipantEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = Topic.ENROLLMENT_PARTICIPANTS.topicName();
    private static final String REGISTERED = Topic.typeOf(ParticipantRegistered.class);
    private static final String CHANGED = Topic.typeOf(ParticipantChanged.class);

    @Test
    void aRegistrationPublishesTheParticipantWithoutContactData() throws Exception {
        String supervisor = newNip();
        String nip = register(participantBody(newNip(), newUnit(), supervisor));

        List<Event> events = events(nip);
        assertEquals(List.of(REGISTERED), types(events));
        JsonNode event = events.get(0).payload();
        assertSameShape(ParticipantRegistered.class, event);
        JsonPath view = view(nip);
        JsonNode snapshot = event.get("participant");
        assertEquals(nip, snapshot.get("nip").asText());
        assertEquals("PNS", snapshot.get("employeeType").asText());
        assertEquals("Budi Santoso Hutagalung", snapshot.get("name").asText());
        assertEquals("Pemerintah Kota Sibolga", snapshot.get("agency").asText());
        assertEquals(view.getString("unitCode"), snapshot.get("unitCode").asText());
        assertEquals("PENGADMINISTRASI-LAYANAN", snapshot.get("positionCode").asText());
        assertEquals("Pengadministrasi Layanan Kependudukan", snapshot.get("positionName").asText());
        assertEquals(supervisor, snapshot.get("supervisorNip").asText());
        assertEquals(true, snapshot.get("active").asBoolean());
        assertEquals(0, snapshot.get("version").asLong());
        assertSnapshotIsTheRecord(view, snapshot);
        assertFalse(event.toString().contains("@") || event.toString().contains("+62"), "no contact data: " + event);

        // The relay ships it to the register's topic, keyed by the number.
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestKafka.readAll(TOPIC,
                r -> nip.equals(r.key()) && REGISTERED.equals(TestKafka.header(r, "ce_type"))).isEmpty());
    }

    @Test
    void anImportPublishesOneRegistrationPerParticipantAndADryRunNone() {
        String unit = newUnit();
        String pns = newNip();
        String pppk = newNiPppk();
        Map<String, Object> second = participantBody(pppk, unit, null);
        second.put("employeeType", "PPPK");
        List<Map<String, Object>> rows = List.of(participantBody(pns, unit, newNip()), second);

        importRows(rows, "?dryRun=true").body("imported", equalTo(0));
        assertEquals(List.of(), events(pns));

        importRows(rows, "").body("imported", equalTo(2));
        List<Event> registered = events(pns);
        assertEquals(List.of(REGISTERED), types(registered));
        assertSameShape(ParticipantRegistered.class, registered.get(0).payload());
        assertSnapshotIsTheRecord(view(pns), registered.get(0).payload().get("participant"));
        List<Event> pppkEvents = events(pppk);
        assertEquals(List.of(REGISTERED), types(pppkEvents));
        JsonNode snapshot = pppkEvents.get(0).payload().get("participant");
        assertEquals("PPPK", snapshot.get("employeeType").asText());
        assertEquals(true, snapshot.get("supervisorNip").isNull());
        assertSnapshotIsTheRecord(view(pppk), snapshot);
    }

    @Test
    void aChangePublishesTheParticipantWithTheirNewVersion() {
        String unit = newUnit();
        Map<String, Object> body = participantBody(newNip(), unit, newNip());
        String nip = register(body);
        Map<String, Object> moved = updateBody(body);
        String newSupervisor = newNip();
        moved.put("unitCode", newUnit());
        moved.put("positionCode", "PRANATA-KOMPUTER");
        moved.put("positionName", "Pranata Komputer Ahli Pertama");
        moved.put("supervisorNip", newSupervisor);

        update(nip, moved).body("version", equalTo(1));

        List<Event> events = events(nip);
        assertEquals(List.of(REGISTERED, CHANGED), types(events));
        JsonNode event = events.get(1).payload();
        assertSameShape(ParticipantChanged.class, event);
        JsonNode snapshot = event.get("participant");
        assertEquals(moved.get("unitCode"), snapshot.get("unitCode").asText());
        assertEquals("PRANATA-KOMPUTER", snapshot.get("positionCode").asText());
        assertEquals("Pranata Komputer Ahli Pertama", snapshot.get("positionName").asText());
        assertEquals(newSupervisor, snapshot.get("supervisorNip").asText());
        assertEquals(1, snapshot.get("version").asLong());
        assertSnapshotIsTheRecord(view(nip), snapshot);
    }

    @Test
    void contactDataAndUnchangedUpdatesPublishNothing() {
        String unit = newUnit();
        Map<String, Object> body = participantBody(newNip(), unit, newNip());
        String nip = register(body);

        // The participant corrects their own contact data: a new version, nothing announced.
        as(participant(nip, unit)).header("If-Match", etag(nip))
                .body(Map.of("email", "budi@pemko-sibolga.go.id", "phone", "+62 813 1111 2222"))
                .put(PARTICIPANTS + "/" + nip + "/contact").then().statusCode(200).body("version", equalTo(1));
        // The full update sending the same data: no new version, nothing announced.
        Map<String, Object> same = updateBody(body);
        same.put("email", "budi@pemko-sibolga.go.id");
        same.put("phone", "+62 813 1111 2222");
        update(nip, same).body("version", equalTo(1));
        // The full update changing contact data only: a new version, nothing announced.
        same.put("email", "budi.santoso@pemko-sibolga.go.id");
        update(nip, same).body("version", equalTo(2));
        assertEquals(List.of(REGISTERED), types(events(nip)));

        // A real change afterwards carries the version the record has, contact changes included.
        same.put("name", "Budi Santoso Hutagalung, S.Kom.");
        update(nip, same).body("version", equalTo(3));
        List<Event> events = events(nip);
        assertEquals(List.of(REGISTERED, CHANGED), types(events));
        JsonNode snapshot = events.get(1).payload().get("participant");
        assertEquals("Budi Santoso Hutagalung, S.Kom.", snapshot.get("name").asText());
        assertEquals(3, snapshot.get("version").asLong());
    }

    @Test
    void deactivatingAndActivatingPublishOnlyWhenTheyChangeSomething() {
        String nip = register(participantBody(newNip(), newUnit(), null));

        switchActive(nip, "deactivate").body("active", equalTo(false));
        switchActive(nip, "deactivate").body("active", equalTo(false));
        List<Event> events = events(nip);
        assertEquals(List.of(REGISTERED, CHANGED), types(events));
        JsonNode deactivated = events.get(1).payload().get("participant");
        assertFalse(deactivated.get("active").asBoolean());
        assertEquals(1, deactivated.get("version").asLong());

        switchActive(nip, "activate").body("active", equalTo(true));
        switchActive(nip, "activate").body("active", equalTo(true));
        events = events(nip);
        assertEquals(List.of(REGISTERED, CHANGED, CHANGED), types(events));
        JsonNode activated = events.get(2).payload().get("participant");
        assertEquals(true, activated.get("active").asBoolean());
        assertEquals(2, activated.get("version").asLong());
        assertSnapshotIsTheRecord(view(nip), activated);
    }

    @Test
    void republishingPublishesEveryParticipantOnceInBatches() throws Exception {
        // More than one batch (500) for sure, whatever other tests registered before.
        String unit = newUnit();
        List<Map<String, Object>> rows = IntStream.range(0, 501)
                .mapToObj(i -> participantBody(newNip(), unit, null)).toList();
        importRows(rows, "").body("imported", equalTo(501));
        String deactivated = (String) rows.get(0).get("nip");
        switchActive(deactivated, "deactivate").statusCode(200);
        long registered = count("SELECT COUNT(*) FROM participant");
        long before = SessionChangesTest.lastOutboxId();

        JsonPath report = as(admin()).post(PARTICIPANTS + "/republish").then().statusCode(200)
                .body("published", equalTo((int) registered))
                .body("transactions", equalTo((int) ((registered + 499) / 500)))
                .extract().jsonPath();

        List<SessionChangesTest.Outbox> written = SessionChangesTest.outboxSince(before);
        assertEquals(Set.of(CHANGED), written.stream().map(SessionChangesTest.Outbox::type).collect(Collectors.toSet()));
        Set<String> keys = new HashSet<>(SessionChangesTest.keys(written));
        assertEquals(registered, written.size(), "one event per participant");
        assertEquals(registered, keys.size(), "every participant once");
        assertEquals(count("SELECT COUNT(*) FROM outbox_event WHERE id > " + before + " AND topic = '" + TOPIC + "'"),
                registered);
        // Unchanged data, a new event: the last snapshot published of each is published again as it was.
        for (String nip : List.of(deactivated, (String) rows.get(500).get("nip"))) {
            List<Event> events = events(nip);
            Event last = events.get(events.size() - 1);
            Event previous = events.get(events.size() - 2);
            assertEquals(CHANGED, last.type());
            assertEquals(previous.payload().get("participant"), last.payload().get("participant"));
            assertNotEquals(previous.eventId(), last.eventId());
            assertSameShape(ParticipantChanged.class, last.payload());
        }
        assertEquals(false, events(deactivated).get(2).payload().get("participant").get("active").asBoolean());
        assertFalse(report.getString("startedAt").isBlank());
    }

    @Test
    void onlyAnAdminRepublishes() {
        long before = SessionChangesTest.lastOutboxId();
        given().post(PARTICIPANTS + "/republish").then().statusCode(401).contentType("application/problem+json");
        String unit = newUnit();
        for (var caller : List.of(integration(), unitAdmin(unit), participant(newNip(), unit))) {
            as(caller).post(PARTICIPANTS + "/republish").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        assertEquals(List.of(), SessionChangesTest.ofType(SessionChangesTest.outboxSince(before), CHANGED));
    }

    /** One outbox row of the register's topic. */
    record Event(String eventId, String type, JsonNode payload) {
    }

    /** The register's events of this participant, in the order they were written. */
    private static List<Event> events(String nip) {
        try (Connection connection = EnrollmentTestSupport.connection(); PreparedStatement query = connection
                .prepareStatement("SELECT event_id, event_type, payload FROM outbox_event"
                        + " WHERE topic = ? AND event_key = ? ORDER BY id")) {
            query.setString(1, TOPIC);
            query.setString(2, nip);
            List<Event> events = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    events.add(new Event(row.getString(1), row.getString(2), JSON.readTree(row.getString(3))));
                }
            }
            return events;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> types(List<Event> events) {
        return events.stream().map(Event::type).toList();
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = EnrollmentTestSupport.connection();
                PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Version and time of the record as the API shows it, and the rest of the snapshot too. */
    private static void assertSnapshotIsTheRecord(JsonPath view, JsonNode snapshot) {
        assertEquals(view.getLong("version"), snapshot.get("version").asLong());
        assertEquals(view.getString("updatedAt"), snapshot.get("updatedAt").asText());
        assertEquals(view.getString("employeeType"), snapshot.get("employeeType").asText());
        assertEquals(view.getString("name"), snapshot.get("name").asText());
        assertEquals(view.getString("agency"), snapshot.get("agency").asText());
        assertEquals(view.getString("unitCode"), snapshot.get("unitCode").asText());
        assertEquals(view.getString("positionCode"), snapshot.get("positionCode").asText());
        assertEquals(view.getString("positionName"), snapshot.get("positionName").asText());
        assertEquals(view.getString("supervisorNip"), snapshot.get("supervisorNip").isNull() ? null
                : snapshot.get("supervisorNip").asText());
        assertEquals(view.getBoolean("active"), snapshot.get("active").asBoolean());
    }

    /** The event has exactly the sample's fields, nested ones included, in the sample's order (values differ). */
    private static void assertSameShape(Class<? extends DomainEvent> type, JsonNode event) {
        try {
            assertEquals(paths(JSON.readTree(EventSamples.json(type)), ""), paths(event, ""));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> paths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = prefix + field.getKey();
            paths.add(path);
            if (field.getValue().isObject()) {
                paths.addAll(paths(field.getValue(), path + "."));
            }
        }
        return paths;
    }

    private static JsonPath view(String nip) {
        return as(admin()).get(PARTICIPANTS + "/" + nip).then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.response.ValidatableResponse update(String nip, Map<String, Object> body) {
        return as(admin()).header("If-Match", etag(nip)).body(body).put(PARTICIPANTS + "/" + nip).then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse switchActive(String nip, String operation) {
        return as(admin()).header("If-Match", etag(nip)).post(PARTICIPANTS + "/" + nip + "/" + operation).then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse importRows(List<Map<String, Object>> rows,
            String query) {
        return as(admin()).urlEncodingEnabled(false).body(rows).post(PARTICIPANTS + ":import" + query).then()
                .statusCode(200);
    }
}
