package id.kompeten.evaluation.training;

import static id.kompeten.evaluation.profile.ProfileTestSupport.employee;
import static id.kompeten.evaluation.profile.ProfileTestSupport.id;
import static id.kompeten.evaluation.profile.ProfileTestSupport.nip;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.contracts.enrollment.EnrollmentEvent;
import id.kompeten.contracts.evaluation.ServiceQualityRecordUpdated;
import id.kompeten.contracts.participant.ParticipantEvent;
import id.kompeten.contracts.participant.ParticipantRegistered;
import id.kompeten.evaluation.messaging.EnrollmentEventsConsumer;
import id.kompeten.evaluation.profile.ProfileTestSupport;
import id.kompeten.evaluation.service.CompetencyProfileService;
import id.kompeten.evaluation.service.EmployeeReplica;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.Race;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevTokens;
import id.kompeten.platform.messaging.EventInbox;
import id.kompeten.platform.messaging.EventJson;
import id.kompeten.platform.messaging.IncomingEvent;
import id.kompeten.platform.messaging.OutboxEvent;
import id.kompeten.platform.security.Roles;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * A unit's training record as completions reach evaluation: every completion counted once, whatever the broker
 * redelivers, delays or applies at the same moment; the figures of the hand-worked example; the event; the endpoint's
 * period and access rules.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class UnitTrainingRecordTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final String TOPIC = Topic.ENROLLMENT.topicName();
    private static final String COMPLETED = Topic.typeOf(CourseCompleted.class);
    private static final DevIdentity ADMIN = DevIdentity.person(Roles.ADMIN, "197001012000031001", "SEKRETARIAT");

    @Inject
    CompetencyProfileService profiles;

    @Inject
    EventInbox inbox;

    @Inject
    EntityManager entityManager;

    @Test
    void theSameEventTwiceAndTheSameCompletionUnderAnotherIdCountOnceOnTheRealTopic() {
        String unit = unit();
        String nip = nip();
        String enrollment = id();
        String eventId = id();
        String json = completion(nip, unit, enrollment, 24, "2026-11-20T03:00:00Z");
        TestKafka.sendCloudEvent(TOPIC, enrollment, COMPLETED, eventId, json);
        TestKafka.sendCloudEvent(TOPIC, enrollment, COMPLETED, eventId, json);
        TestKafka.sendCloudEvent(TOPIC, enrollment, COMPLETED, id(), json); // another event id
        // A later completion on the same key (same partition): once it is recorded, the three before it were consumed.
        String marker = id();
        TestKafka.sendCloudEvent(TOPIC, enrollment, COMPLETED, id(),
                completion(nip(), unit, marker, 16, "2026-11-21T03:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> recorded(marker));

        read(unit, "2026-11").body("staffTrained", equalTo(2)).body("completions", equalTo(2))
                .body("jpDelivered", equalTo(40));
        assertEquals(List.of(1, 2), events(unit).stream().map(ServiceQualityRecordUpdated::completions).toList(),
                "one event per change: the first completion, then the marker");
    }

    @Test
    void aDuplicateAppliedThroughTheInboxDoesNotCountTwice() {
        String unit = unit();
        String json = completion(nip(), unit, id(), 24, "2026-11-20T03:00:00Z");
        String eventId = id();
        deliver(json, eventId);
        deliver(json, eventId); // the same event again: the inbox knows its id
        deliver(json, id()); // the same completion under another id: recorded once per enrollment

        assertEquals(List.of(new Month("2026-11", 1, 1, 24, 1)), months(unit));
        assertEquals(1, events(unit).size());
    }

    @Test
    void anEarlierMonthArrivingLateLeavesBothMonthsAndTheLaterYearFiguresRight() {
        String unit = unit();
        String ani = nip();
        String budi = nip();
        for (int i = 0; i < 3; i++) {
            employee(nip(), unit, null);
        }
        employee(ani, unit, null);
        deliver(completion(ani, unit, id(), 24, "2026-11-20T03:00:00Z"), id());
        deliver(completion(budi, unit, id(), 16, "2026-03-10T03:00:00Z"), id()); // March, after November
        deliver(completion(ani, unit, id(), 8, "2026-03-11T03:00:00Z"), id()); // Ani in March too

        assertEquals(List.of(new Month("2026-03", 2, 2, 24, 2), new Month("2026-11", 1, 1, 24, 2)), months(unit));
        List<ServiceQualityRecordUpdated> events = events(unit);
        // Nov (1 this year); Mar (1) and Nov (2 this year); Mar again (2 staff) with Nov unchanged, so no Nov event.
        assertEquals(List.of("2026-11:1", "2026-03:1", "2026-11:2", "2026-03:2"), events.stream()
                .map(event -> event.period() + ":" + event.staffTrainedThisYear()).toList());
        assertEquals("0.5000", events.get(2).trainedShare().toPlainString(), "2 of 4 active staff");
        read(unit, "2026-11").body("staffTrainedThisYear", equalTo(2)).body("staffTrained", equalTo(1));
        read(unit, "2026-Q1").body("staffTrained", equalTo(2)).body("staffTrainedThisYear", equalTo(2))
                .body("jpDelivered", equalTo(24)).body("months.completions", equalTo(List.of(0, 0, 2)));
    }

    @Test
    void concurrentCompletionsOfOneUnitAndMonthCountExactly() throws Exception {
        for (int round = 0; round < 4; round++) {
            String unit = unit();
            List<Callable<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String json = completion(nip(), unit, id(), 10 + i, "2026-11-2" + i + "T03:00:00Z");
                calls.add(() -> profiles.recordCompletion(event(json), id()));
            }
            // and one of an earlier month of the same year, whose "this year" count reaches November
            String march = completion(nip(), unit, id(), 5, "2026-03-02T03:00:00Z");
            calls.add(() -> profiles.recordCompletion(event(march), id()));
            race(calls);

            assertEquals(List.of(new Month("2026-03", 1, 1, 5, 1), new Month("2026-11", 3, 3, 33, 4)),
                    months(unit), "round " + round);
            read(unit, "2026").body("staffTrained", equalTo(4)).body("completions", equalTo(4))
                    .body("jpDelivered", equalTo(38));
            ServiceQualityRecordUpdated last = events(unit).stream()
                    .filter(event -> event.period().equals("2026-11")).reduce((a, b) -> b).orElseThrow();
            assertEquals(List.of(3, 3, 33, 4), List.of(last.staffTrained(), last.completions(), last.jpDelivered(),
                    last.staffTrainedThisYear()), "the last November event tells the final figures");
        }
    }

    @Test
    void handWorkedJpAndTrainedShare() {
        String unit = unit();
        String ani = nip();
        String budi = nip();
        String citra = nip();
        for (String nip : List.of(ani, budi, citra, nip(), nip(), nip(), nip())) {
            employee(nip, unit, null); // 7 active
        }
        inactive(nip(), unit);
        employee(nip(), unit(), null); // another unit's
        deliver(completion(citra, unit, id(), 8, "2026-01-15T03:00:00Z"), id());
        // 2026-09-30 17:30 UTC is 2026-10-01 00:30 in Asia/Jakarta: an October completion.
        deliver(completion(ani, unit, id(), 24, "2026-09-30T17:30:00Z"), id());
        deliver(completion(ani, unit, id(), 16, "2026-11-05T03:00:00Z"), id());
        deliver(completion(budi, unit, id(), 40, "2026-11-20T03:00:00Z"), id());
        deliver(completion(nip(), unit, id(), 32, "2025-12-31T03:00:00Z"), id()); // last year

        // Q4: Ani and Budi, 3 completions, 24 + 16 + 40 = 80 JP; this year Citra, Ani, Budi: 3 / 7 = 0.428571.
        read(unit, "2026-Q4").body("period", equalTo("2026-Q4")).body("from", equalTo("2026-10-01"))
                .body("to", equalTo("2026-12-31")).body("activeStaff", equalTo(7))
                .body("staffTrained", equalTo(2)).body("completions", equalTo(3)).body("jpDelivered", equalTo(80))
                .body("staffTrainedThisYear", equalTo(3)).body("trainedShare", equalTo(0.4286f))
                .body("months.period", equalTo(List.of("2026-10", "2026-11", "2026-12")))
                .body("months.jpDelivered", equalTo(List.of(24, 56, 0)))
                .body("months.staffTrainedThisYear", equalTo(List.of(2, 3, 3)))
                .body("months.trainedShare", equalTo(List.of(0.2857f, 0.4286f, 0.4286f)));
        read(unit, "2026-09").body("completions", equalTo(0)).body("staffTrainedThisYear", equalTo(1));
        read(unit, "2026").body("staffTrained", equalTo(3)).body("completions", equalTo(4))
                .body("jpDelivered", equalTo(88));
        read(unit, "2026-S1").body("jpDelivered", equalTo(8)).body("trainedShare", equalTo(0.1429f));
        read(unit(), "2026-10").body("trainedShare", nullValue()).body("completions", equalTo(0));
    }

    @Test
    void theEventHasTheSamplesShapeAndTheUnitAsKey() throws Exception {
        String unit = unit();
        String nip = nip();
        employee(nip, unit, null);
        employee(nip(), unit, null);
        deliver(completion(nip, unit, id(), 24, "2026-11-20T03:00:00Z"), id());

        List<OutboxEvent> rows = outbox(unit);
        assertEquals(1, rows.size());
        assertEquals("ServiceQualityRecordUpdated", rows.get(0).type());
        JsonNode payload = JSON.readTree(rows.get(0).payload());
        assertEquals(fieldNames(ProfileTestSupport.sample(ServiceQualityRecordUpdated.class)), fieldNames(payload));
        assertEquals(unit, payload.get("unitCode").asText());
        assertEquals("2026-11", payload.get("period").asText());
        assertEquals(24, payload.get("jpDelivered").asInt());
        // 1 of 2 active staff, with its four decimals as written (a JSON tree would strip the zeros).
        assertTrue(rows.get(0).payload().contains("\"trainedShare\":0.5000"), rows.get(0).payload());
    }

    @Test
    void periodsOtherThanMonthQuarterSemesterOrYearAre400NamingPeriod() {
        String unit = unit();
        for (String period : List.of("2026-Q5", "2026-13", "2026-S3", "2026-10-01", "abc")) {
            given().header("Authorization", DevTokens.bearer(ADMIN)).queryParam("period", period)
                    .get(path(unit)).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("period")));
        }
        given().header("Authorization", DevTokens.bearer(ADMIN)).get(path(unit)).then().statusCode(400)
                .body("errors.field", hasItem("period"));
    }

    @Test
    void staffRolesReadEveryUnitTheUnitsAdminAndSupervisorsOnlyTheirOwn() {
        String unit = unit();
        String person = nip();
        for (DevIdentity reader : List.of(ADMIN, DevIdentity.system(Roles.INTEGRATION),
                DevIdentity.person(Roles.EVALUATOR, person, "BKPSDM"),
                DevIdentity.person(Roles.UNIT_ADMIN, person, unit),
                DevIdentity.person(Roles.SUPERVISOR, person, unit))) {
            as(reader, unit).statusCode(200);
        }
        for (DevIdentity stranger : List.of(DevIdentity.person(Roles.UNIT_ADMIN, person, unit()),
                DevIdentity.person(Roles.SUPERVISOR, person, unit()),
                DevIdentity.person(Roles.PARTICIPANT, person, unit),
                DevIdentity.person(Roles.CATALOG_MANAGER, person, unit))) {
            as(stranger, unit).statusCode(403);
        }
        given().queryParam("period", "2026").get(path(unit)).then().statusCode(401);
    }

    // --- fixtures ---

    record Month(String period, int staffTrained, int completions, int jpDelivered, int staffTrainedThisYear) {
    }

    private static String unit() {
        return "UNIT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String path(String unit) {
        return "/api/v1/units/" + unit + "/training-record";
    }

    private static ValidatableResponse read(String unit, String period) {
        return given().header("Authorization", DevTokens.bearer(ADMIN)).queryParam("period", period)
                .get(path(unit)).then().statusCode(200);
    }

    private static ValidatableResponse as(DevIdentity identity, String unit) {
        return given().header("Authorization", DevTokens.bearer(identity)).queryParam("period", "2026-Q4")
                .get(path(unit)).then();
    }

    /** Enrollment's CourseCompleted sample for this person, unit, JP and moment. */
    private static String completion(String nip, String unit, String enrollmentId, int jp, String completedAt) {
        ObjectNode event = ProfileTestSupport.sample(CourseCompleted.class);
        event.put("nip", nip).put("unitCode", unit).put("enrollmentId", enrollmentId).put("jp", jp)
                .put("completedAt", completedAt).put("supervisorNip", (String) null);
        return event.toString();
    }

    private static CourseCompleted event(String json) {
        try {
            return Arc.container().instance(EventJson.class).get().read(json, CourseCompleted.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Applies the completion as the consumer does: through the inbox, under this event id, in its own transaction. */
    private void deliver(String json, String eventId) {
        CourseCompleted data = event(json);
        IncomingEvent<EnrollmentEvent> incoming = new IncomingEvent<>(eventId, COMPLETED, "/test", Instant.now(),
                data.aggregateId(), TOPIC, data);
        QuarkusTransaction.requiringNew().run(() -> inbox.process(EnrollmentEventsConsumer.CONSUMER, incoming,
                event -> profiles.recordCompletion((CourseCompleted) event, eventId)));
    }

    private static void inactive(String nip, String unit) {
        ObjectNode event = (ObjectNode) readTree(ProfileTestSupport.participant(nip, unit, null, 1));
        ((ObjectNode) event.get("participant")).put("active", false);
        ProfileTestSupport.apply(EmployeeReplica.NAME, ParticipantEvent.class, event.toString(),
                ParticipantRegistered.class, Arc.container().instance(EmployeeReplica.class).get()::apply);
    }

    private boolean recorded(String enrollmentId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM course_completion WHERE enrollment_id = ?1")
                .setParameter(1, enrollmentId).getSingleResult()).intValue() == 1);
    }

    /** The unit's stored month records, by month. */
    private List<Month> months(String unit) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT period_month, staff_trained, completions, jp_delivered, staff_trained_year"
                                + " FROM unit_training_record WHERE unit_code = ?1 ORDER BY period_month")
                .setParameter(1, unit).getResultList());
        return rows.stream().map(row -> (Object[]) row).map(cells -> new Month(cells[0].toString(),
                ((Number) cells[1]).intValue(), ((Number) cells[2]).intValue(), ((Number) cells[3]).intValue(),
                ((Number) cells[4]).intValue())).toList();
    }

    private static List<OutboxEvent> outbox(String unit) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.forKey(Topic.EVALUATION.topicName(), unit));
    }

    /** The unit's ServiceQualityRecordUpdated events, in the order written. */
    private static List<ServiceQualityRecordUpdated> events(String unit) {
        return outbox(unit).stream().map(row -> {
            try {
                return JSON.readValue(row.payload(), ServiceQualityRecordUpdated.class);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static TreeSet<String> fieldNames(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        fields.forEachRemaining(field -> names.add(field.getKey()));
        return names;
    }

    /** Runs the calls at the same moment on their own threads; fails with the first call's failure. */
    private static void race(List<Callable<Object>> calls) throws Exception {
        Race.atOnce(calls, Duration.ofSeconds(30));
    }
}
