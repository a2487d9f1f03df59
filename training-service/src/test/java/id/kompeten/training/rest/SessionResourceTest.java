package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.archiveCourse;
import static id.kompeten.training.TrainingTestSupport.awaitCatalogRecords;
import static id.kompeten.training.TrainingTestSupport.catalogEventsInOutbox;
import static id.kompeten.training.TrainingTestSupport.courseBody;
import static id.kompeten.training.TrainingTestSupport.createCourse;
import static id.kompeten.training.TrainingTestSupport.createPublishedCourse;
import static id.kompeten.training.TrainingTestSupport.defineCompetencyOfType;
import static id.kompeten.training.TrainingTestSupport.fieldPaths;
import static id.kompeten.training.TrainingTestSupport.registerAccreditedProvider;
import static id.kompeten.training.TrainingTestSupport.scheduleSession;
import static id.kompeten.training.TrainingTestSupport.seatsChanged;
import static id.kompeten.training.TrainingTestSupport.sessionAction;
import static id.kompeten.training.TrainingTestSupport.sessionBody;
import static id.kompeten.training.TrainingTestSupport.sessionUpdateBody;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static id.kompeten.training.TrainingTestSupport.updateDatabase;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.catalog.SessionCancelled;
import id.kompeten.contracts.catalog.SessionCompleted;
import id.kompeten.contracts.catalog.SessionOpened;
import id.kompeten.contracts.catalog.SessionScheduled;
import id.kompeten.contracts.catalog.SessionUpdated;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.platform.messaging.EffectOutcome;
import id.kompeten.platform.messaging.OutboxEvent;
import id.kompeten.platform.messaging.PoisonEventException;
import id.kompeten.platform.security.Roles;
import id.kompeten.training.service.SessionService;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class SessionResourceTest {

    private static final String SESSIONS = "/api/v1/sessions";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate START = LocalDate.of(2027, 2, 8);

    @Inject
    SessionService service;

    @Test
    void scheduledSessionIsADraftReadableWithItsVersionAsEtag() {
        String courseId = createPublishedCourse(24, "CLASSROOM");
        String code = uniqueCode("KOMPUB");
        Map<String, Object> body = sessionBody(code, START, 24, "CLASSROOM");
        // Days in any order; they are kept in date order.
        @SuppressWarnings("unchecked")
        List<Object> days = new ArrayList<>((List<Object>) body.get("schedule"));
        Collections.reverse(days);
        body.put("schedule", days);

        Response created = as(Roles.CATALOG_MANAGER).body(body).post(courseSessions(courseId));
        String id = created.then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("status", equalTo("DRAFT"))
                .body("course.id", equalTo(courseId))
                .body("seatsTaken", equalTo(0))
                .body("seatsAvailable", equalTo(30))
                .body("schedule.date", equalTo(List.of("2027-02-08", "2027-02-09", "2027-02-10")))
                .body("region.code", equalTo("12.73"))
                .body("onlineLink", nullValue())
                .extract().jsonPath().getString("id");
        assertTrue(created.header("Location").endsWith(SESSIONS + "/" + id), "Location is the session's own URL");

        String courseCode = as(Roles.CATALOG_MANAGER).get(SESSIONS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("endDate", equalTo("2027-02-10"))
                .body("schedule.jp", equalTo(List.of(8, 8, 8)))
                .body("trainers[0].name", equalTo("Dr. Rina Siregar"))
                .body("enrollmentClosesOn", equalTo("2027-02-01"))
                .extract().jsonPath().getString("course.code");
        assertTrue(courseCode != null && !courseCode.isBlank(), "the view names the course's code");

        // A draft is the catalogue team's business: others do not see it until it opens.
        given().get(SESSIONS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        as(Roles.PARTICIPANT).get(SESSIONS + "/" + id).then().statusCode(404);
        sessionAction(id, "open");
        given().get(SESSIONS + "/" + id).then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("OPEN"));
        given().get(SESSIONS + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void schedulePublishesSessionScheduledWithCloudEventsHeadersAndTheSampleShape() throws Exception {
        String courseId = createPublishedCourse(24, "BLENDED");
        String id = scheduleSession(courseId, sessionBody(uniqueCode("BLEND"), START, 24, "BLENDED"));

        assertEquals(List.of("SessionScheduled"), types(id));
        ConsumerRecord<String, String> record = awaitCatalogRecords(id, 1).get(0);
        assertEquals(id, record.key());
        assertEquals("SessionScheduled", TestKafka.header(record, "ce_type"));
        assertEquals(id, TestKafka.header(record, "ce_subject"));
        assertEquals("/training-service", TestKafka.header(record, "ce_source"));
        JsonNode event = assertSampleShape(record, SessionScheduled.class);
        assertEquals(courseId, event.at("/session/courseId").asText());
        assertEquals("DRAFT", event.at("/session/status").asText());
        assertEquals(0, event.at("/session/version").asLong());
        assertEquals(3, event.at("/session/schedule").size());
        assertEquals("https://zoom.us/j/81234567890", event.at("/session/onlineLink").asText());
    }

    @Test
    void fullLifecyclePublishesOneEventPerChange() throws Exception {
        String courseId = createPublishedCourse(16, "CLASSROOM");
        String id = scheduleSession(courseId, sessionBody(uniqueCode("LIFE"), START, 16, "CLASSROOM"));

        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post(SESSIONS + "/" + id + "/open")
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("OPEN"));
        as(Roles.ADMIN).header("If-Match", "\"1\"").post(SESSIONS + "/" + id + "/start")
                .then().statusCode(200).header("ETag", "\"2\"").body("status", equalTo("RUNNING"));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"2\"").post(SESSIONS + "/" + id + "/complete")
                .then().statusCode(200).header("ETag", "\"3\"").body("status", equalTo("COMPLETED"));

        assertEquals(List.of("SessionScheduled", "SessionOpened", "SessionUpdated", "SessionCompleted"), types(id));
        List<ConsumerRecord<String, String>> records = awaitCatalogRecords(id, 4);
        List<Class<? extends DomainEvent>> expected =
                List.of(SessionScheduled.class, SessionOpened.class, SessionUpdated.class, SessionCompleted.class);
        List<String> statuses = List.of("DRAFT", "OPEN", "RUNNING", "COMPLETED");
        for (int i = 0; i < 4; i++) {
            ConsumerRecord<String, String> record = records.get(i);
            assertEquals(id, record.key());
            assertEquals(expected.get(i).getSimpleName(), TestKafka.header(record, "ce_type"));
            JsonNode event = assertSampleShape(record, expected.get(i));
            assertEquals(statuses.get(i), event.at("/session/status").asText());
            assertEquals(i, event.at("/session/version").asLong());
        }

        // Completed: nothing moves any more.
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"3\"").body(Map.of("reason", "Terlambat"))
                .post(SESSIONS + "/" + id + "/cancel").then().statusCode(409).contentType("application/problem+json");
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"3\"")
                .body(sessionUpdateBody(sessionBody("X", START, 16, "CLASSROOM")))
                .put(SESSIONS + "/" + id).then().statusCode(409);
        assertEquals(4, types(id).size());
    }

    @Test
    void cancelCarriesTheReasonAndEndsTheSession() throws Exception {
        String courseId = createPublishedCourse(8, "ONLINE");
        String id = scheduleSession(courseId, sessionBody(uniqueCode("CANCEL"), START, 8, "ONLINE"));
        sessionAction(id, "open");
        String reason = "Trainer unavailable; participants moved to the March session";

        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").body(Map.of("reason", " "))
                .post(SESSIONS + "/" + id + "/cancel").then().statusCode(400).body("errors.field", hasItem("reason"));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").body(Map.of("reason", "x".repeat(501)))
                .post(SESSIONS + "/" + id + "/cancel").then().statusCode(400).body("errors.field", hasItem("reason"));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").body(Map.of("reason", reason))
                .post(SESSIONS + "/" + id + "/cancel")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo(reason));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"2\"").body(Map.of("reason", reason))
                .post(SESSIONS + "/" + id + "/cancel").then().statusCode(409);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"2\"").post(SESSIONS + "/" + id + "/start").then().statusCode(409);

        assertEquals(List.of("SessionScheduled", "SessionOpened", "SessionCancelled"), types(id));
        ConsumerRecord<String, String> cancelled = awaitCatalogRecords(id, 3).get(2);
        assertEquals("SessionCancelled", TestKafka.header(cancelled, "ce_type"));
        JsonNode event = assertSampleShape(cancelled, SessionCancelled.class);
        assertEquals(reason, event.at("/session/cancellationReason").asText());
        assertEquals("CANCELLED", event.at("/session/status").asText());
    }

    @Test
    void transitionsOutOfOrderAreConflicts() {
        String courseId = createPublishedCourse(8, "CLASSROOM");
        String id = scheduleSession(courseId, sessionBody(uniqueCode("ORDER"), START, 8, "CLASSROOM"));

        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post(SESSIONS + "/" + id + "/start")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Session '" + as(Roles.CATALOG_MANAGER).get(SESSIONS + "/" + id)
                        .then().extract().jsonPath().getString("code") + "' is DRAFT; this is only possible when it is"
                        + " OPEN, FULL."));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post(SESSIONS + "/" + id + "/complete")
                .then().statusCode(409);
        sessionAction(id, "open");
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").post(SESSIONS + "/" + id + "/open").then().statusCode(409);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").post(SESSIONS + "/" + id + "/complete")
                .then().statusCode(409);
        as(Roles.CATALOG_MANAGER).header("Accept-Language", "id").header("If-Match", "\"1\"")
                .post(SESSIONS + "/" + id + "/open")
                .then().statusCode(409).body("title", equalTo("Konflik"));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").post(SESSIONS + "/" + UUID.randomUUID() + "/open")
                .then().statusCode(404);

        assertEquals(List.of("SessionScheduled", "SessionOpened"), types(id));
    }

    @Test
    void everyBadInputIsA400NamingTheFieldAndWritesNothing() {
        String classroom = createPublishedCourse(24, "CLASSROOM");
        String online = createPublishedCourse(24, "ONLINE");
        String code = uniqueCode("BAD");

        Map<String, Object> endBeforeStart = sessionBody(code, START, 24, "CLASSROOM");
        endBeforeStart.put("endDate", "2027-02-07");
        assertRejected(classroom, endBeforeStart, "endDate");

        Map<String, Object> windowAfterStart = sessionBody(code, START, 24, "CLASSROOM");
        windowAfterStart.put("enrollmentClosesOn", "2027-02-08");
        assertRejected(classroom, windowAfterStart, "enrollmentClosesOn");

        Map<String, Object> windowReversed = sessionBody(code, START, 24, "CLASSROOM");
        windowReversed.put("enrollmentOpensOn", "2027-02-03");
        assertRejected(classroom, windowReversed, "enrollmentOpensOn");

        assertRejected(classroom, sessionBody(code, START, 16, "CLASSROOM"), "schedule");

        Map<String, Object> dayOutside = sessionBody(code, START, 24, "CLASSROOM");
        dayOutside.put("endDate", "2027-02-09");
        assertRejected(classroom, dayOutside, "schedule[2].date");

        Map<String, Object> noLocation = sessionBody(code, START, 24, "CLASSROOM");
        noLocation.put("location", "  ");
        assertRejected(classroom, noLocation, "location");

        assertRejected(online, sessionBody(code, START, 24, "CLASSROOM"), "onlineLink");

        Map<String, Object> notALink = sessionBody(code, START, 24, "ONLINE");
        notALink.put("onlineLink", "zoom meeting 812 3456");
        assertRejected(online, notALink, "onlineLink");

        for (int capacity : new int[] {0, 1001}) {
            Map<String, Object> badCapacity = sessionBody(code, START, 24, "CLASSROOM");
            badCapacity.put("capacity", capacity);
            assertRejected(classroom, badCapacity, "capacity");
        }

        Map<String, Object> wrongType = sessionBody(code, START, 24, "CLASSROOM");
        wrongType.put("capacity", "thirty");
        assertRejected(classroom, wrongType, "capacity");

        Map<String, Object> badDate = sessionBody(code, START, 24, "CLASSROOM");
        badDate.put("startDate", "08-02-2027");
        assertRejected(classroom, badDate, "startDate");

        Map<String, Object> badRegion = sessionBody(code, START, 24, "CLASSROOM");
        badRegion.put("region", Map.of("code", "1273", "name", "Kota Sibolga"));
        assertRejected(classroom, badRegion, "region.code");

        Map<String, Object> noRegionName = sessionBody(code, START, 24, "CLASSROOM");
        noRegionName.put("region", Map.of("code", "12.73", "name", ""));
        assertRejected(classroom, noRegionName, "region.name");

        assertRejected(classroom, sessionBody("lower-case", START, 24, "CLASSROOM"), "code");

        Map<String, Object> noDays = sessionBody(code, START, 24, "CLASSROOM");
        noDays.put("schedule", List.of());
        assertRejected(classroom, noDays, "schedule");

        Map<String, Object> unnamedTrainer = sessionBody(code, START, 24, "CLASSROOM");
        unnamedTrainer.put("trainers", List.of(Map.of("name", " ")));
        assertRejected(classroom, unnamedTrainer, "trainers[0].name");

        Map<String, Object> unknownProperty = sessionBody(code, START, 24, "CLASSROOM");
        unknownProperty.put("mode", "CLASSROOM");
        assertRejected(classroom, unknownProperty, "mode");

        // Every broken rule at once.
        Map<String, Object> several = sessionBody(code, START, 16, "CLASSROOM");
        several.put("endDate", "2027-02-07");
        several.put("location", null);
        as(Roles.CATALOG_MANAGER).body(several).post(courseSessions(classroom))
                .then().statusCode(400)
                .body("errors.field", hasItems("endDate", "schedule[0].date", "schedule[1].date", "schedule",
                        "location"));

        as(Roles.CATALOG_MANAGER).get(SESSIONS + "?course=" + classroom).then().statusCode(200).body("total", equalTo(0));
        as(Roles.CATALOG_MANAGER).get(SESSIONS + "?course=" + online).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void messagesAreInIndonesianOnRequest() {
        String courseId = createPublishedCourse(24, "CLASSROOM");
        as(Roles.CATALOG_MANAGER).header("Accept-Language", "id")
                .body(sessionBody(uniqueCode("BAHASA"), START, 16, "CLASSROOM")).post(courseSessions(courseId))
                .then().statusCode(400)
                .body("title", equalTo("Masukan tidak valid"))
                .body("errors[0].field", equalTo("schedule"))
                .body("errors[0].message", equalTo("jumlah JP seluruh hari 16, sedangkan pelatihan ini 24 JP"));
        as(Roles.CATALOG_MANAGER).header("Accept-Language", "id").get(SESSIONS + "/" + UUID.randomUUID())
                .then().statusCode(404).body("detail", startsWith("Angkatan '"));
        as(Roles.CATALOG_MANAGER).body(sessionBody(uniqueCode("ENGLISH"), START, 16, "CLASSROOM"))
                .post(courseSessions(courseId))
                .then().statusCode(400)
                .body("errors[0].message", equalTo("the days add up to 16 JP, but the course has 24 JP"));
    }

    @Test
    void onlyPublishedCoursesGetSessions() {
        as(Roles.CATALOG_MANAGER).body(sessionBody(uniqueCode("NOCOURSE"), START, 8, "CLASSROOM"))
                .post(courseSessions(UUID.randomUUID().toString()))
                .then().statusCode(404).contentType("application/problem+json");

        String courseId = createPublishedCourse(8, "CLASSROOM");
        String id = scheduleSession(courseId, sessionBody(uniqueCode("ARCH"), START, 8, "CLASSROOM"));
        archiveCourse(courseId);

        String code = uniqueCode("ARCH");
        as(Roles.CATALOG_MANAGER).body(sessionBody(code, START, 8, "CLASSROOM")).post(courseSessions(courseId))
                .then().statusCode(409).contentType("application/problem+json");
        // Its existing draft cannot open either.
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post(SESSIONS + "/" + id + "/open")
                .then().statusCode(409)
                .body("detail", containsString("is ARCHIVED"));
        assertEquals(List.of("SessionScheduled"), types(id));

        String draft = createCourse(courseBody(uniqueCode("DRAFT"), registerAccreditedProvider("UNIVERSITY"),
                defineCompetencyOfType("TEKNIS")));
        as(Roles.CATALOG_MANAGER).body(sessionBody(uniqueCode("DRAFTC"), START, 24, "CLASSROOM"))
                .post(courseSessions(draft))
                .then().statusCode(409).body("detail", containsString("is DRAFT"));
        // A draft course is not known outside the catalogue team, nor are its sessions.
        given().get(courseSessions(draft)).then().statusCode(404);
        as(Roles.CATALOG_MANAGER).get(courseSessions(draft)).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void codesAreUniqueAndIdempotencyKeyReplaysTheFirstResponse() {
        String courseId = createPublishedCourse(8, "CLASSROOM");
        String code = uniqueCode("UNIQUE");
        String key = UUID.randomUUID().toString();
        String first = as(Roles.CATALOG_MANAGER).header("Idempotency-Key", key)
                .body(sessionBody(code, START, 8, "CLASSROOM")).post(courseSessions(courseId))
                .then().statusCode(201).extract().asString();
        String again = as(Roles.CATALOG_MANAGER).header("Idempotency-Key", key)
                .body(sessionBody(code, START, 8, "CLASSROOM")).post(courseSessions(courseId))
                .then().statusCode(201).extract().asString();
        assertEquals(first, again, "a retry gets the first response");
        Map<String, Object> other = sessionBody(code, START, 8, "CLASSROOM");
        other.put("capacity", 40);
        as(Roles.CATALOG_MANAGER).header("Idempotency-Key", key).body(other).post(courseSessions(courseId))
                .then().statusCode(422);

        as(Roles.CATALOG_MANAGER).body(sessionBody(code, START.plusDays(7), 8, "CLASSROOM"))
                .post(courseSessions(courseId))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("A session with code '" + code + "' already exists."));
        as(Roles.CATALOG_MANAGER).get(SESSIONS + "?course=" + courseId).then().body("total", equalTo(1));
    }

    @Test
    void updateNeedsTheCurrentEtagAndPublishesOnlyRealChanges() throws Exception {
        String courseId = createPublishedCourse(24, "CLASSROOM");
        String code = uniqueCode("CHANGE");
        Map<String, Object> body = sessionBody(code, START, 24, "CLASSROOM");
        String id = scheduleSession(courseId, body);
        Map<String, Object> change = sessionUpdateBody(body);
        change.put("capacity", 35);
        change.put("location", "Gedung Nasional Sibolga");

        as(Roles.CATALOG_MANAGER).body(change).put(SESSIONS + "/" + id).then().statusCode(428);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"5\"").body(change).put(SESSIONS + "/" + id).then().statusCode(412);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").body(change).put(SESSIONS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("capacity", equalTo(35))
                .body("seatsAvailable", equalTo(35))
                .body("code", equalTo(code))
                .body("location", equalTo("Gedung Nasional Sibolga"));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").body(change).put(SESSIONS + "/" + id).then().statusCode(412);
        // The same plan again: accepted, no new version, no event.
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").body(change).put(SESSIONS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
        // The code is not part of the plan.
        Map<String, Object> withCode = new LinkedHashMap<>(change);
        withCode.put("code", "OTHER-CODE");
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").body(withCode).put(SESSIONS + "/" + id)
                .then().statusCode(400).body("errors.field", hasItem("code"));
        Map<String, Object> invalid = new LinkedHashMap<>(change);
        invalid.put("enrollmentClosesOn", "2027-03-01");
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").body(invalid).put(SESSIONS + "/" + id)
                .then().statusCode(400).body("errors.field", equalTo(List.of("enrollmentClosesOn")));

        assertEquals(List.of("SessionScheduled", "SessionUpdated"), types(id));
        ConsumerRecord<String, String> updated = awaitCatalogRecords(id, 2).get(1);
        assertEquals("SessionUpdated", TestKafka.header(updated, "ce_type"));
        JsonNode event = assertSampleShape(updated, SessionUpdated.class);
        assertEquals(35, event.at("/session/capacity").asInt());
        assertEquals(1, event.at("/session/version").asLong());
    }

    @Test
    void capacityCannotDropBelowSeatsTaken() {
        String courseId = createPublishedCourse(8, "CLASSROOM");
        Map<String, Object> body = sessionBody(uniqueCode("SEATS"), START, 8, "CLASSROOM");
        String id = scheduleSession(courseId, body);
        sessionAction(id, "open");
        // Seats are counted by enrollment; no endpoint sets them.
        updateDatabase("UPDATE course_session SET seats_taken = 25 WHERE id = ?1", id);

        Map<String, Object> smaller = sessionUpdateBody(body);
        smaller.put("capacity", 20);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").body(smaller).put(SESSIONS + "/" + id)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("capacity")))
                .body("errors[0].message", equalTo("must not be below the 25 seats already taken"));
        smaller.put("capacity", 25);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").body(smaller).put(SESSIONS + "/" + id)
                .then().statusCode(200)
                .body("capacity", equalTo(25))
                .body("seatsTaken", equalTo(25))
                .body("seatsAvailable", equalTo(0))
                .body("status", equalTo("FULL"));
        smaller.put("capacity", 26);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"2\"").body(smaller).put(SESSIONS + "/" + id)
                .then().statusCode(200).body("status", equalTo("OPEN")).body("seatsAvailable", equalTo(1));
    }

    @Test
    void seatsTakenComeFromEnrollmentsNewestCountThroughTheService() {
        String courseId = createPublishedCourse(8, "CLASSROOM");
        String id = scheduleSession(courseId, sessionBody(uniqueCode("ENROL"), START, 8, "CLASSROOM"));
        sessionAction(id, "open");

        assertEquals(EffectOutcome.APPLIED, service.takeSeatCount(seatsChanged(id, 30, 30, 2)));
        given().get(SESSIONS + "/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("FULL")).body("seatsTaken", equalTo(30)).body("seatsAvailable", equalTo(0));
        assertEquals(EffectOutcome.IGNORED, service.takeSeatCount(seatsChanged(id, 12, 30, 2)), "same version");
        assertEquals(EffectOutcome.IGNORED, service.takeSeatCount(seatsChanged(id, 12, 30, 1)), "older version");
        assertEquals(EffectOutcome.APPLIED, service.takeSeatCount(seatsChanged(id, 30, 30, 3)), "newer, same seats");
        given().get(SESSIONS + "/" + id).then().header("ETag", "\"2\"").body("seatsTaken", equalTo(30));
        assertEquals(EffectOutcome.IGNORED, service.takeSeatCount(seatsChanged(id, 12, 30, 3)),
                "a newer count with the same seats still counts as the newest");
        assertEquals(EffectOutcome.APPLIED, service.takeSeatCount(seatsChanged(id, 12, 30, 7)), "versions may skip");
        given().get(SESSIONS + "/" + id).then().header("ETag", "\"3\"")
                .body("status", equalTo("OPEN")).body("seatsAvailable", equalTo(18));

        assertEquals(List.of("SessionScheduled", "SessionOpened", "SessionUpdated", "SessionUpdated"), types(id));
    }

    @Test
    void seatCountOfAnUnknownSessionIsPoison() {
        String unknown = UUID.randomUUID().toString();
        assertThrows(PoisonEventException.class, () -> service.takeSeatCount(seatsChanged(unknown, 1, 30, 1)));
    }

    @Test
    void writesNeedACatalogRoleAndReadsArePublic() {
        String courseId = createPublishedCourse(8, "CLASSROOM");
        Map<String, Object> body = sessionBody(uniqueCode("SEC"), START, 8, "CLASSROOM");
        given().contentType(ContentType.JSON).body(body).post(courseSessions(courseId)).then().statusCode(401);
        as(Roles.PARTICIPANT).body(body).post(courseSessions(courseId)).then().statusCode(403);
        as(Roles.UNIT_ADMIN).body(body).post(courseSessions(courseId)).then().statusCode(403);

        String id = scheduleSession(courseId, body);
        Map<String, Object> change = sessionUpdateBody(body);
        as(Roles.SUPERVISOR).header("If-Match", "\"0\"").body(change).put(SESSIONS + "/" + id).then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put(SESSIONS + "/" + id)
                .then().statusCode(401);
        for (String action : List.of("open", "start", "complete")) {
            as(Roles.PARTICIPANT).header("If-Match", "\"0\"").post(SESSIONS + "/" + id + "/" + action)
                    .then().statusCode(403);
            given().header("If-Match", "\"0\"").post(SESSIONS + "/" + id + "/" + action).then().statusCode(401);
        }
        as(Roles.EVALUATOR).header("If-Match", "\"0\"").body(Map.of("reason", "Tidak jadi"))
                .post(SESSIONS + "/" + id + "/cancel").then().statusCode(403);

        // Open needs If-Match like every change.
        as(Roles.CATALOG_MANAGER).post(SESSIONS + "/" + id + "/open").then().statusCode(428);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"4\"").post(SESSIONS + "/" + id + "/open").then().statusCode(412);
        as(Roles.CATALOG_MANAGER).body(Map.of("reason", "Tidak jadi")).post(SESSIONS + "/" + id + "/cancel")
                .then().statusCode(428);
        assertEquals(List.of("SessionScheduled"), types(id));

        sessionAction(id, "open");
        given().get(SESSIONS + "/" + id).then().statusCode(200);
        given().get(courseSessions(courseId)).then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }

    @Test
    void courseSessionsAreListedByStartDateAndDraftsOnlyForTheCatalogueTeam() {
        String courseId = createPublishedCourse(8, "CLASSROOM");
        String march = scheduleSession(courseId, sessionBody(uniqueCode("MAR"), LocalDate.of(2027, 3, 1), 8, "CLASSROOM"));
        String january = scheduleSession(courseId, sessionBody(uniqueCode("JAN"), LocalDate.of(2027, 1, 11), 8,
                "CLASSROOM"));
        String february = scheduleSession(courseId, sessionBody(uniqueCode("FEB"), LocalDate.of(2027, 2, 1), 8,
                "CLASSROOM"));
        sessionAction(march, "open");
        sessionAction(january, "open");

        given().get(courseSessions(courseId))
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(january, march)))
                .body("total", equalTo(2))
                .body("items[0].course.id", equalTo(courseId));
        as(Roles.CATALOG_MANAGER).get(courseSessions(courseId))
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(january, february, march)))
                .body("total", equalTo(3));
        as(Roles.CATALOG_MANAGER).queryParam("sort", "startDate,desc").queryParam("size", 2).get(courseSessions(courseId))
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(march, february)))
                .body("items", hasSize(2))
                .body("total", equalTo(3));
        given().queryParam("sort", "title").get(courseSessions(courseId))
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        given().get(courseSessions(UUID.randomUUID().toString())).then().statusCode(404);
    }

    private static void assertRejected(String courseId, Map<String, Object> body, String field) {
        as(Roles.CATALOG_MANAGER).body(body).post(courseSessions(courseId))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static JsonNode assertSampleShape(ConsumerRecord<String, String> record, Class<? extends DomainEvent> type)
            throws Exception {
        JsonNode event = JSON.readTree(record.value());
        JsonNode sample = JSON.readTree(EventSamples.json(type));
        assertEquals(fieldPaths(sample), fieldPaths(event), type.getSimpleName() + " has the checked-in sample's fields");
        assertEquals(fieldPaths(sample.at("/session/schedule/0")), fieldPaths(event.at("/session/schedule/0")));
        assertEquals(fieldPaths(sample.at("/session/trainers/0")), fieldPaths(event.at("/session/trainers/0")));
        Instant.parse(TestKafka.header(record, "ce_time"));
        UUID.fromString(TestKafka.header(record, "ce_id"));
        return event;
    }

    private static List<String> types(String sessionId) {
        return catalogEventsInOutbox(sessionId).stream().map(OutboxEvent::type).toList();
    }

    private static String courseSessions(String courseId) {
        return "/api/v1/courses/" + courseId + "/sessions";
    }
}
