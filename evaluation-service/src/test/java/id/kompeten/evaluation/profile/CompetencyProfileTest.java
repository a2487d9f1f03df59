package id.kompeten.evaluation.profile;

import static id.kompeten.evaluation.profile.ProfileTestSupport.competency;
import static id.kompeten.evaluation.profile.ProfileTestSupport.completion;
import static id.kompeten.evaluation.profile.ProfileTestSupport.id;
import static id.kompeten.evaluation.profile.ProfileTestSupport.nip;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.evaluation.CompetencyProfileUpdated;
import id.kompeten.evaluation.domain.CompetencyLevel;
import id.kompeten.evaluation.domain.CompetencyLevelChange;
import id.kompeten.evaluation.domain.CompetencyLevelChangeRepository;
import id.kompeten.evaluation.domain.CompetencyLevelRepository;
import id.kompeten.evaluation.domain.LevelSource;
import id.kompeten.evaluation.service.CompetencyProfileService;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.localstack.tokens.DevTokens;
import id.kompeten.platform.messaging.EffectOutcome;
import id.kompeten.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The profile rules, applied through the service the completion consumer calls (one transaction each, as the
 * consumer's inbox runs it) and read back through the database, the HTTP API and the real evaluation.events topic.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class CompetencyProfileTest {

    static final String EVALUATOR = DevTokens.bearer(Roles.EVALUATOR);
    private static final Instant NOV_20 = Instant.parse("2026-11-20T03:00:00Z");

    @Inject
    CompetencyProfileService profiles;

    @Inject
    CompetencyLevelRepository levels;

    @Inject
    CompetencyLevelChangeRepository changes;

    @Test
    void theSameCompletionRaisesALevelOnceEvenUnderAnotherEventId() {
        String nip = nip();
        String code = competency(ProfileTestSupport.code(), true);
        String enrollment = id();
        String firstEvent = id();

        assertEquals(EffectOutcome.APPLIED,
                profiles.recordCompletion(completion(nip, enrollment, code, 3, NOV_20), firstEvent));
        assertEquals(EffectOutcome.IGNORED,
                profiles.recordCompletion(completion(nip, enrollment, code, 3, NOV_20), id()));

        CompetencyLevel line = line(nip, code);
        assertEquals(3, line.level());
        assertEquals(LevelSource.COURSE, line.source());
        assertEquals(enrollment, line.sourceReference());
        List<CompetencyLevelChange> history = history(nip, code);
        assertEquals(1, history.size());
        assertNull(history.get(0).oldLevel());
        assertEquals(new CompetencyLevelChange.Cause(CompetencyLevelChange.CauseType.EVENT, firstEvent,
                "CourseCompleted", enrollment), history.get(0).cause());
    }

    @Test
    void aLaterCompletionWithALowerTargetDoesNotLowerTheLevel() {
        String nip = nip();
        String code = competency(ProfileTestSupport.code(), true);
        profiles.recordCompletion(completion(nip, id(), code, 4, NOV_20), id());

        assertEquals(EffectOutcome.APPLIED, profiles.recordCompletion(
                completion(nip, id(), code, 2, NOV_20.plus(Duration.ofDays(30))), id()), "the completion is recorded");

        assertEquals(4, line(nip, code).level());
        assertEquals(1, history(nip, code).size(), "no change, no history");
    }

    @Test
    void completionsInAnyOrderEndAtTheHighestTarget() {
        String nip = nip();
        String code = competency(ProfileTestSupport.code(), true);
        String newer = id();
        String older = id();
        profiles.recordCompletion(completion(nip, newer, code, 3, NOV_20), id());
        profiles.recordCompletion(completion(nip, older, code, 4, NOV_20.minus(Duration.ofDays(60))), id());

        CompetencyLevel line = line(nip, code);
        assertEquals(4, line.level());
        assertEquals(older, line.sourceReference());
        assertEquals(LocalDate.of(2026, 9, 21), line.obtainedOn());
        assertEquals(List.of("4 from 3", "3 from null"),
                history(nip, code).stream().map(c -> c.newLevel() + " from " + c.oldLevel()).toList());
    }

    @Test
    void theDayACourseLevelCountsFromIsTheCompletionDateInTheAgencyZone() {
        String nip = nip();
        String code = competency(ProfileTestSupport.code(), true);
        // 17:30 UTC is 00:30 the next day in Jakarta.
        profiles.recordCompletion(completion(nip, id(), code, 2, Instant.parse("2026-11-20T17:30:00Z")), id());

        assertEquals(LocalDate.of(2026, 11, 21), line(nip, code).obtainedOn());
        assertEquals(LocalDate.of(2026, 11, 21), history(nip, code).get(0).obtainedOn());
    }

    @Test
    void anOlderCompletionArrivingAfterANewerAssessmentDoesNotOverrideIt() {
        String nip = nip();
        String code = competency(ProfileTestSupport.code(), true);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        profiles.recordCompletion(completion(nip, id(), code, 3, NOV_20), id()); // makes the person known
        assess(nip, code, 2, today, "Belum mandiri di loket").then().statusCode(201);

        Instant yesterday = today.minusDays(1).atStartOfDay(ZoneId.of("Asia/Jakarta")).toInstant();
        profiles.recordCompletion(completion(nip, id(), code, 5, yesterday), id());
        assertEquals(2, line(nip, code).level(), "the assessment is the later evidence");
        assertEquals(LevelSource.ASSESSMENT, line(nip, code).source());

        Instant tomorrow = today.plusDays(1).atStartOfDay(ZoneId.of("Asia/Jakarta")).toInstant().plusSeconds(3600);
        String later = id();
        profiles.recordCompletion(completion(nip, later, code, 4, tomorrow), id());
        assertEquals(4, line(nip, code).level(), "a completion after the assessment raises it");
        assertEquals(later, line(nip, code).sourceReference());
    }

    @Test
    void anAssessmentDatedBeforeNewerEvidenceIsKeptButDoesNotMoveTheLevel() {
        String nip = nip();
        String code = competency(ProfileTestSupport.code(), true);
        String enrollment = id();
        profiles.recordCompletion(completion(nip, enrollment, code, 3, NOV_20), id());

        // Found at level 1 on 1 November, entered only now: the course of 20 November is the later evidence.
        assess(nip, code, 1, LocalDate.parse("2026-11-01"), null).then().statusCode(201)
                .body("applied", equalTo(false)).body("previousLevel", equalTo(3));
        assertEquals(3, line(nip, code).level());
        assertEquals(enrollment, line(nip, code).sourceReference());
        given().header("Authorization", EVALUATOR).queryParam("competency", code)
                .get("/api/v1/employees/{nip}/competency-profile/history", nip).then().statusCode(200)
                .body("total", equalTo(1));

        // Dated on or after the course it applies, and lowering it needs a reason.
        assess(nip, code, 2, NOV_20.atZone(ZoneId.of("Asia/Jakarta")).toLocalDate(), null).then().statusCode(400)
                .body("errors.field", equalTo(List.of("reason")));
        assess(nip, code, 2, null, "Belum mandiri menerbitkan akta").then().statusCode(201)
                .body("applied", equalTo(true));
        assertEquals(2, line(nip, code).level());
    }

    @Test
    void historyShowsEachChangeWithItsCauseNewestFirst() {
        String nip = nip();
        String code = competency(ProfileTestSupport.code(), true);
        String enrollment = id();
        String eventId = id();
        profiles.recordCompletion(completion(nip, enrollment, code, 3, NOV_20), eventId);
        String assessment = assess(nip, code, 2, null, "Dinilai ulang di loket").then().statusCode(201)
                .extract().path("id");
        String etag = given().header("Authorization", EVALUATOR)
                .get("/api/v1/employees/{nip}/competency-profile/{code}", nip, code).then().statusCode(200)
                .extract().header("ETag");
        given().header("Authorization", DevTokens.bearer(Roles.ADMIN)).header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("level", 4, "reason", "Sertifikat lama", "obtainedOn", "2026-11-01"))
                .put("/api/v1/employees/{nip}/competency-profile/{code}", nip, code).then().statusCode(200)
                .body("source", equalTo("MANUAL")).body("level", equalTo(4));

        given().header("Authorization", EVALUATOR).queryParam("competency", code)
                .get("/api/v1/employees/{nip}/competency-profile/history", nip).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.newLevel", equalTo(List.of(4, 2, 3)))
                .body("items.oldLevel", equalTo(java.util.Arrays.asList(2, 3, null)))
                .body("items.source", equalTo(List.of("MANUAL", "ASSESSMENT", "COURSE")))
                .body("items.cause.type", equalTo(List.of("REQUEST", "REQUEST", "EVENT")))
                .body("items.cause.name", equalTo(List.of("setCompetencyLevel", "recordAssessment", "CourseCompleted")))
                .body("items[1].cause.id", equalTo(assessment))
                .body("items[1].cause.reference", equalTo(assessment))
                .body("items[1].reason", equalTo("Dinilai ulang di loket"))
                .body("items[2].cause.id", equalTo(eventId))
                .body("items[2].cause.reference", equalTo(enrollment))
                .body("items[2].reason", nullValue())
                .body("items[2].changedBy", equalTo("competency-profile"))
                .body("items[0].obtainedOn", equalTo("2026-11-01"));
    }

    @Test
    void everyChangeIsPublishedOnEvaluationEventsWithTheSamplesShape() {
        String nip = nip();
        String code = competency(ProfileTestSupport.code(), true);
        String enrollment = id();
        String eventId = id();
        profiles.recordCompletion(completion(nip, enrollment, code, 3, NOV_20), eventId);
        profiles.recordCompletion(completion(nip, id(), code, 2, NOV_20), id()); // no change: nothing published

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> TestKafka.readAll(Topic.EVALUATION.topicName(), record -> nip.equals(record.key())),
                        found -> !found.isEmpty());
        assertEquals(1, records.size());
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals("CompetencyProfileUpdated", TestKafka.header(record, "ce_type"));
        assertEquals(nip, TestKafka.header(record, "ce_subject"));
        JsonNode event = read(record.value());
        assertEquals(fieldNames(read(ProfileTestSupport.sample(CompetencyProfileUpdated.class).toString())),
                fieldNames(event), "the sample's fields");
        assertEquals(code, event.get("competencyCode").asText());
        assertEquals(3, event.get("newLevel").asInt());
        assertEquals("COURSE", event.get("source").asText());
        assertEquals(eventId, event.get("cause").get("id").asText());
        assertEquals(enrollment, event.get("cause").get("reference").asText());
        assertEquals("2026-11-20", event.get("obtainedOn").asText());
        assertEquals(history(nip, code).get(0).id(), event.get("changeId").asText());
    }

    static io.restassured.response.Response assess(String nip, String code, int level, LocalDate on, String reason) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("competencyCode", code, "level", level,
                "method", "OBSERVATION", "evidenceNote", "Mengamati pelayanan di loket"));
        if (on != null) {
            body.put("assessedOn", on.toString());
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().header("Authorization", EVALUATOR).contentType(ContentType.JSON).body(body)
                .post("/api/v1/employees/{nip}/competency-assessments", nip);
    }

    private CompetencyLevel line(String nip, String code) {
        return QuarkusTransaction.requiringNew().call(() -> levels.findById(new CompetencyLevel.Key(nip, code)));
    }

    private List<CompetencyLevelChange> history(String nip, String code) {
        return QuarkusTransaction.requiringNew().call(() -> changes.ofEmployee(nip, code).list());
    }

    private static JsonNode read(String json) {
        try {
            return ProfileTestSupport.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every field path of a JSON object, e.g. cause.id. */
    private static TreeSet<String> fieldNames(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        collect("", node, names);
        return names;
    }

    private static void collect(String prefix, JsonNode node, TreeSet<String> names) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
        fields.forEachRemaining(all::add);
        for (Map.Entry<String, JsonNode> field : all) {
            names.add(prefix + field.getKey());
            if (field.getValue().isObject()) {
                collect(prefix + field.getKey() + ".", field.getValue(), names);
            }
        }
    }
}
