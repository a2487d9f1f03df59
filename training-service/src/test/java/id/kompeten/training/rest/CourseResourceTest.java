package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.archiveCourse;
import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.awaitCatalogRecords;
import static id.kompeten.training.TrainingTestSupport.catalogEventsInOutbox;
import static id.kompeten.training.TrainingTestSupport.courseBody;
import static id.kompeten.training.TrainingTestSupport.courseUpdateBody;
import static id.kompeten.training.TrainingTestSupport.createCourse;
import static id.kompeten.training.TrainingTestSupport.createPublishedCourse;
import static id.kompeten.training.TrainingTestSupport.defineCompetencyOfType;
import static id.kompeten.training.TrainingTestSupport.fieldPaths;
import static id.kompeten.training.TrainingTestSupport.providerBody;
import static id.kompeten.training.TrainingTestSupport.publishCourse;
import static id.kompeten.training.TrainingTestSupport.registerAccreditedProvider;
import static id.kompeten.training.TrainingTestSupport.registerProvider;
import static id.kompeten.training.TrainingTestSupport.scheduleSession;
import static id.kompeten.training.TrainingTestSupport.sessionAction;
import static id.kompeten.training.TrainingTestSupport.sessionBody;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static id.kompeten.training.TrainingTestSupport.uniqueProviderName;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.catalog.CourseArchived;
import id.kompeten.contracts.catalog.CoursePublished;
import id.kompeten.contracts.catalog.CourseUpdated;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.platform.messaging.OutboxEvent;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class CourseResourceTest {

    private static final String PATH = "/api/v1/courses";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void createdCourseIsADraftReadableByCatalogueRolesWithItsVersionAsEtag() {
        String competency = defineCompetencyOfType("TEKNIS");
        String provider = registerAccreditedProvider("UNIVERSITY");
        String code = uniqueCode("KOMPUB");
        Map<String, Object> body = courseBody(code, provider, competency);
        body.put("methods", List.of("SIMULATION", "LECTURE"));
        String id = as(Roles.CATALOG_MANAGER).body(body).post(PATH)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("status", equalTo("DRAFT"))
                .body("providerType", equalTo("UNIVERSITY"))
                .body("providerName", notNullValue())
                .body("competencies[0].code", equalTo(competency))
                .body("competencies[0].level", equalTo(3))
                .body("methods", equalTo(List.of("LECTURE", "SIMULATION")))
                .body("passRules.minAttendancePercent", equalTo(80))
                .body("passRules.minPostTestScore", equalTo(70))
                .body("targetAudience.positionCodes", equalTo(List.of("PENGADMINISTRASI-LAYANAN")))
                .body("publishedAt", nullValue())
                .extract().jsonPath().getString("id");
        UUID.fromString(id);

        as(Roles.ADMIN).get(PATH + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Komunikasi Publik"))
                .body("objectives[1]", equalTo("Handle a complaint calmly"))
                .body("jp", equalTo(24));
        // Drafts are not part of the public catalogue.
        given().get(PATH + "/" + id).then().statusCode(404).contentType("application/problem+json");
        as(Roles.PARTICIPANT).get(PATH + "/" + id).then().statusCode(404);
        assertEquals(0, catalogEventsInOutbox(id).size(), "a draft is not announced");
    }

    @Test
    void createdCourseHasItsLocationAndIdempotencyKeyReplaysIt() {
        String code = uniqueCode("IDEM");
        Map<String, Object> body = courseBody(code, registerAccreditedProvider("NGO"), defineCompetencyOfType("TEKNIS"));
        String key = UUID.randomUUID().toString();
        io.restassured.response.Response first = as(Roles.CATALOG_MANAGER).header("Idempotency-Key", key).body(body)
                .post(PATH).then().statusCode(201).extract().response();
        String id = first.jsonPath().getString("id");
        assertEquals(true, first.header("Location").endsWith(PATH + "/" + id), first.header("Location"));
        as(Roles.CATALOG_MANAGER).header("Idempotency-Key", key).body(body).post(PATH)
                .then().statusCode(201).header("Location", endsWith("/" + id)).body("id", equalTo(id));
        body.put("title", "Something else");
        as(Roles.CATALOG_MANAGER).header("Idempotency-Key", key).body(body).post(PATH)
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void invalidBodiesNameTheFieldAtFaultAndWriteNothing() {
        String competency = defineCompetencyOfType("TEKNIS");
        String provider = registerAccreditedProvider("UNIVERSITY");
        String code = uniqueCode("BAD");

        assertInvalid(with(code, provider, competency, "deliveryMode", "HYBRID"), "deliveryMode");
        assertInvalid(with(code, provider, competency, "methods", List.of("SINGING")), "methods[0]");
        assertInvalid(with(code, provider, competency, "methods", List.of()), "methods");
        assertInvalid(with(code, provider, competency, "jp", 0), "jp");
        assertInvalid(with(code, provider, competency, "jp", 401), "jp");
        assertInvalid(with(code, provider, competency, "jp", "many"), "jp");
        assertInvalid(with(code, provider, competency, "title", "x".repeat(301)), "title");
        assertInvalid(with(code, provider, competency, "title", " "), "title");
        assertInvalid(with(code, provider, competency, "description", "x".repeat(5001)), "description");
        assertInvalid(with(code, provider, competency, "code", "lower case"), "code");
        assertInvalid(with(code, provider, competency, "objectives", List.of("One", "Two\nlines")), "objectives[1]");
        assertInvalid(with(code, provider, competency, "objectives", List.of("x".repeat(501))), "objectives[0]");
        assertInvalid(with(code, provider, competency, "objectives", Collections.nCopies(31, "Objective")), "objectives");
        assertInvalid(with(code, provider, competency, "competencies", List.of(Map.of("code", competency, "level", 6))),
                "competencies[0].level");
        assertInvalid(with(code, provider, competency, "competencies",
                List.of(Map.of("code", competency, "level", 2), Map.of("code", "NO-SUCH-" + code, "level", 2))),
                "competencies[1].code");
        assertInvalid(with(code, provider, competency, "competencies",
                List.of(Map.of("code", competency, "level", 2), Map.of("code", competency, "level", 3))),
                "competencies[1].code");
        assertInvalid(with(code, provider, competency, "providerId", UUID.randomUUID().toString()), "providerId");
        assertInvalid(with(code, provider, competency, "passRules", Map.of("minAttendancePercent", 101)),
                "passRules.minAttendancePercent");
        assertInvalid(with(code, provider, competency, "targetAudience", Map.of("positionCodes", List.of("kepala dinas"))),
                "targetAudience.positionCodes[0]");
        assertInvalid(with(code, provider, competency, "targetAudience", Map.of("description", "x".repeat(1001))),
                "targetAudience.description");
        assertInvalid(with(code, provider, competency, "duration", 3), "duration");
        Map<String, Object> noMode = courseBody(code, provider, competency);
        noMode.remove("deliveryMode");
        assertInvalid(noMode, "deliveryMode");

        // A deactivated competency or provider cannot be chosen for a course.
        String inactive = defineCompetencyOfType("MANAJERIAL");
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post("/api/v1/competencies/" + inactive + "/deactivate")
                .then().statusCode(200);
        assertInvalid(courseBody(code, provider, inactive), "competencies[0].code");
        String inactiveProvider = registerAccreditedProvider("NGO");
        deactivateProvider(inactiveProvider);
        assertInvalid(courseBody(code, inactiveProvider, competency), "providerId");

        as(Roles.CATALOG_MANAGER).header("Accept-Language", "id")
                .body(with(code, provider, competency, "providerId", "nope")).post(PATH)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("providerId"))
                .body("errors[0].message", equalTo("tidak ada penyelenggara dengan id 'nope'"));

        as(Roles.CATALOG_MANAGER).queryParam("q", code).queryParam("status", "DRAFT").get(PATH)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void duplicateCodeIsAConflict() {
        String code = uniqueCode("DUP");
        Map<String, Object> body = courseBody(code, registerAccreditedProvider("UNIVERSITY"), null);
        createCourse(body);
        as(Roles.CATALOG_MANAGER).body(body).post(PATH)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(code));
    }

    @Test
    void publishingNeedsACompetencyAndSaysSoInIndonesian() {
        String code = uniqueCode("NOKOMP");
        String id = createCourse(courseBody(code, registerAccreditedProvider("UNIVERSITY"), null));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post(PATH + "/" + id + "/publish")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Course '" + code + "' develops no competency; a published course needs at"
                        + " least one."));
        as(Roles.CATALOG_MANAGER).header("Accept-Language", "id").header("If-Match", "\"0\"")
                .post(PATH + "/" + id + "/publish")
                .then().statusCode(409)
                .body("title", equalTo("Konflik"))
                .body("detail", equalTo("Pelatihan '" + code + "' belum mengembangkan kompetensi apa pun; pelatihan"
                        + " yang diterbitkan harus mengembangkan paling sedikit satu kompetensi."));
        as(Roles.ADMIN).get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
        assertEquals(0, catalogEventsInOutbox(id).size());
    }

    @Test
    void publishingNeedsAnActiveProviderAccreditedTodayAndActiveCompetencies() {
        String competency = defineCompetencyOfType("TEKNIS");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));

        Map<String, Object> notAccredited = providerBody(uniqueProviderName("LSM"));
        accreditation(notAccredited).put("status", "NOT_ACCREDITED");
        assertPublishConflict(registerProvider(notAccredited), competency, "not accredited on " + today);

        Map<String, Object> expired = providerBody(uniqueProviderName("BPSDM"));
        accreditation(expired).put("validUntil", today.minusDays(1).toString());
        assertPublishConflict(registerProvider(expired), competency, "not accredited on " + today);

        String deactivated = registerAccreditedProvider("GOVERNMENT_CENTER");
        String courseOfDeactivated = createCourse(courseBody(uniqueCode("INACTIVE"), deactivated, competency));
        deactivateProvider(deactivated);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post(PATH + "/" + courseOfDeactivated + "/publish")
                .then().statusCode(409).body("detail", containsString("has been deactivated"));

        // The valid-until day itself still counts.
        Map<String, Object> lastDay = providerBody(uniqueProviderName("Universitas"));
        accreditation(lastDay).put("validUntil", today.toString());
        String lastDayCourse = createCourse(courseBody(uniqueCode("LASTDAY"), registerProvider(lastDay), competency));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post(PATH + "/" + lastDayCourse + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));

        String retired = defineCompetencyOfType("SOSIAL_KULTURAL");
        String courseOfRetired = createCourse(courseBody(uniqueCode("RETIRED"), registerAccreditedProvider("NGO"), retired));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post("/api/v1/competencies/" + retired + "/deactivate")
                .then().statusCode(200);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post(PATH + "/" + courseOfRetired + "/publish")
                .then().statusCode(409).body("detail", containsString(retired));
        assertEquals(0, catalogEventsInOutbox(courseOfRetired).size());
    }

    @Test
    void publishAnnouncesExactlyOneCoursePublishedWithCloudEventsHeadersAndTheSampleShape() throws Exception {
        String competency = defineCompetencyOfType("TEKNIS");
        String provider = registerAccreditedProvider("UNIVERSITY");
        String id = createCourse(courseBody(uniqueCode("PUB"), provider, competency));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post(PATH + "/" + id + "/publish")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue());
        given().get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").post(PATH + "/" + id + "/publish")
                .then().statusCode(409).body("detail", containsString("PUBLISHED"));

        assertEquals(List.of("CoursePublished"), types(id), "one outbox row for one change");
        ConsumerRecord<String, String> record = awaitCatalogRecords(id, 1).get(0);
        assertEquals(id, record.key());
        assertEquals("CoursePublished", TestKafka.header(record, "ce_type"));
        assertEquals("1.0", TestKafka.header(record, "ce_specversion"));
        assertEquals("/training-service", TestKafka.header(record, "ce_source"));
        assertEquals(id, TestKafka.header(record, "ce_subject"));
        assertEquals("application/json", TestKafka.header(record, "content-type"));
        UUID.fromString(TestKafka.header(record, "ce_id"));
        Instant.parse(TestKafka.header(record, "ce_time"));

        JsonNode event = assertSampleShape(record, CoursePublished.class);
        assertEquals(id, event.at("/course/id").asText());
        assertEquals("PUBLISHED", event.at("/course/status").asText());
        assertEquals(1, event.at("/course/version").asLong());
        assertEquals("UNIVERSITY", event.at("/course/providerType").asText());
        assertEquals(provider, event.at("/course/providerId").asText());
        assertEquals(competency, event.at("/course/competencies/0/code").asText());
        assertEquals(3, event.at("/course/competencies/0/level").asInt());
        assertEquals(80, event.at("/course/passRules/minAttendancePercent").asInt());
        assertEquals(24, event.at("/course/jp").asInt());
    }

    @Test
    void changingAPublishedCourseAnnouncesCourseUpdatedOnceAndANoOpChangeNothing() throws Exception {
        String competency = defineCompetencyOfType("TEKNIS");
        String code = uniqueCode("UPD");
        Map<String, Object> body = courseBody(code, registerAccreditedProvider("UNIVERSITY"), competency);
        String id = createCourse(body);
        publishCourse(id);

        Map<String, Object> change = courseUpdateBody(body);
        change.put("title", "Komunikasi Publik Lanjutan");
        change.put("passRules", Map.of("minAttendancePercent", 90));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").body(change).put(PATH + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("code", equalTo(code))
                .body("title", equalTo("Komunikasi Publik Lanjutan"))
                .body("passRules.minAttendancePercent", equalTo(90))
                .body("passRules.minPostTestScore", equalTo(70));
        // The same body again (in another order of its lists) changes nothing and announces nothing.
        Map<String, Object> same = new LinkedHashMap<>(change);
        same.put("methods", List.of("GROUP_DISCUSSION", "LECTURE"));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"2\"").body(same).put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"2\"");

        assertEquals(List.of("CoursePublished", "CourseUpdated"), types(id));
        JsonNode updated = assertSampleShape(awaitCatalogRecords(id, 2).get(1), CourseUpdated.class);
        assertEquals(2, updated.at("/course/version").asLong());
        assertEquals("Komunikasi Publik Lanjutan", updated.at("/course/title").asText());
        assertEquals(90, updated.at("/course/passRules/minAttendancePercent").asInt());

        // A published course keeps at least one competency and only moves to a provider that may deliver it.
        Map<String, Object> noCompetency = new LinkedHashMap<>(change);
        noCompetency.put("competencies", List.of());
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"2\"").body(noCompetency).put(PATH + "/" + id)
                .then().statusCode(409);
        Map<String, Object> expired = providerBody(uniqueProviderName("Lembaga"));
        accreditation(expired).put("validUntil", "2020-01-31");
        Map<String, Object> toExpired = new LinkedHashMap<>(change);
        toExpired.put("providerId", registerProvider(expired));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"2\"").body(toExpired).put(PATH + "/" + id)
                .then().statusCode(409).body("detail", containsString("not accredited"));
        assertEquals(List.of("CoursePublished", "CourseUpdated"), types(id));

        // A competency deactivated since may stay on the course it is already on.
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post("/api/v1/competencies/" + competency + "/deactivate")
                .then().statusCode(200);
        change.put("description", "Now with a role play.");
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"2\"").body(change).put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"3\"");
    }

    @Test
    void draftsAreNotAnnouncedEvenWhenChangedOrArchived() {
        Map<String, Object> body = courseBody(uniqueCode("QUIET"), registerAccreditedProvider("INTERNAL"),
                defineCompetencyOfType("MANAJERIAL"));
        String id = createCourse(body);
        Map<String, Object> change = courseUpdateBody(body);
        change.put("jp", 32);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").body(change).put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("jp", equalTo(32));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").post(PATH + "/" + id + "/archive")
                .then().statusCode(200).body("status", equalTo("ARCHIVED"));
        assertEquals(0, catalogEventsInOutbox(id).size());
    }

    @Test
    void archivingAnnouncesCourseArchivedAndFreezesTheCourse() throws Exception {
        Map<String, Object> body = courseBody(uniqueCode("ARCH"), registerAccreditedProvider("PROFESSIONAL_BODY"),
                defineCompetencyOfType("SOSIAL_KULTURAL"));
        String id = createCourse(body);
        publishCourse(id);
        as(Roles.ADMIN).header("If-Match", "\"1\"").post(PATH + "/" + id + "/archive")
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("ARCHIVED"))
                .body("archivedAt", notNullValue());

        Map<String, Object> change = courseUpdateBody(body);
        change.put("title", "Too late");
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"2\"").body(change).put(PATH + "/" + id)
                .then().statusCode(409).body("detail", containsString("archived"));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"2\"").post(PATH + "/" + id + "/archive").then().statusCode(409);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"2\"").post(PATH + "/" + id + "/publish").then().statusCode(409);
        // Archived courses stay readable by id: enrollments and certificates refer to them.
        given().get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("ARCHIVED"));

        assertEquals(List.of("CoursePublished", "CourseArchived"), types(id));
        JsonNode archived = assertSampleShape(awaitCatalogRecords(id, 2).get(1), CourseArchived.class);
        assertEquals("ARCHIVED", archived.at("/course/status").asText());
        assertEquals(2, archived.at("/course/version").asLong());
    }

    @Test
    void jpCannotChangeWhileTheCourseHasActiveSessions() {
        String id = createPublishedCourse(8, "CLASSROOM");
        Map<String, Object> current = as(Roles.CATALOG_MANAGER).get(PATH + "/" + id).then().extract().jsonPath().getMap("");
        Map<String, Object> change = updateBodyOf(current);
        String session = scheduleSession(id, sessionBody(uniqueCode("ANGKATAN"), LocalDate.now().plusMonths(3), 8,
                "CLASSROOM"));

        change.put("jp", 16);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").body(change).put(PATH + "/" + id)
                .then().statusCode(409).body("detail", containsString("1 active session"));
        change.put("jp", 8);
        change.put("title", "Still 8 JP");
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").body(change).put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"2\"");

        sessionAction(session, "cancel");
        change.put("jp", 16);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"2\"").body(change).put(PATH + "/" + id)
                .then().statusCode(200).body("jp", equalTo(16));
    }

    @Test
    void writesNeedACatalogueRole() {
        Map<String, Object> body = courseBody(uniqueCode("SEC"), registerAccreditedProvider("UNIVERSITY"),
                defineCompetencyOfType("TEKNIS"));
        given().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(401)
                .contentType("application/problem+json");
        as(Roles.PARTICIPANT).body(body).post(PATH).then().statusCode(403);
        as(Roles.SUPERVISOR).body(body).post(PATH).then().statusCode(403);

        String id = createCourse(body);
        as(Roles.UNIT_ADMIN).header("If-Match", "\"0\"").body(courseUpdateBody(body)).put(PATH + "/" + id)
                .then().statusCode(403);
        as(Roles.PARTICIPANT).header("If-Match", "\"0\"").post(PATH + "/" + id + "/publish").then().statusCode(403);
        given().header("If-Match", "\"0\"").post(PATH + "/" + id + "/archive").then().statusCode(401);
        assertEquals(0, catalogEventsInOutbox(id).size());
    }

    @Test
    void changesNeedTheCurrentEtag() {
        Map<String, Object> body = courseBody(uniqueCode("ETAG"), registerAccreditedProvider("UNIVERSITY"),
                defineCompetencyOfType("TEKNIS"));
        String id = createCourse(body);
        as(Roles.CATALOG_MANAGER).body(courseUpdateBody(body)).put(PATH + "/" + id).then().statusCode(428);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"7\"").body(courseUpdateBody(body)).put(PATH + "/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        as(Roles.CATALOG_MANAGER).post(PATH + "/" + id + "/publish").then().statusCode(428);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"3\"").post(PATH + "/" + id + "/publish").then().statusCode(412);
        as(Roles.CATALOG_MANAGER).post(PATH + "/" + id + "/archive").then().statusCode(428);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post(PATH + "/" + UUID.randomUUID() + "/publish")
                .then().statusCode(404);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").body(courseUpdateBody(body))
                .put(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
        assertEquals(0, catalogEventsInOutbox(id).size());
    }

    @Test
    void createPublishedCourseFixtureGivesAPublishedCourse() {
        String id = createPublishedCourse(16, "ONLINE");
        given().get(PATH + "/" + id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("jp", equalTo(16))
                .body("deliveryMode", equalTo("ONLINE"));
        archiveCourse(id);
        assertEquals(List.of("CoursePublished", "CourseArchived"), types(id));
    }

    private static void assertInvalid(Map<String, Object> body, String field) {
        as(Roles.CATALOG_MANAGER).body(body).post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static void assertPublishConflict(String providerId, String competency, String detail) {
        String id = createCourse(courseBody(uniqueCode("NOTACC"), providerId, competency));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post(PATH + "/" + id + "/publish")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString(detail));
        as(Roles.ADMIN).get(PATH + "/" + id).then().body("status", equalTo("DRAFT"));
        assertEquals(0, catalogEventsInOutbox(id).size());
    }

    private static Map<String, Object> with(String code, String provider, String competency, String field, Object value) {
        Map<String, Object> body = courseBody(code, provider, competency);
        body.put(field, value);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> accreditation(Map<String, Object> providerBody) {
        return (Map<String, Object>) providerBody.get("accreditation");
    }

    private static void deactivateProvider(String providerId) {
        String etag = given().get("/api/v1/providers/" + providerId).then().statusCode(200).extract().header("ETag");
        as(Roles.CATALOG_MANAGER).header("If-Match", etag).post("/api/v1/providers/" + providerId + "/deactivate")
                .then().statusCode(200);
    }

    /** A GET response turned back into a PUT body: the editable fields only. */
    private static Map<String, Object> updateBodyOf(Map<String, Object> view) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("title", "description", "objectives", "competencies", "methods", "deliveryMode",
                "jp", "providerId", "passRules", "targetAudience")) {
            body.put(field, view.get(field));
        }
        return body;
    }

    private static List<String> types(String courseId) {
        return catalogEventsInOutbox(courseId).stream().map(OutboxEvent::type).toList();
    }

    private static JsonNode assertSampleShape(ConsumerRecord<String, String> record, Class<? extends DomainEvent> type)
            throws Exception {
        JsonNode event = JSON.readTree(record.value());
        JsonNode sample = JSON.readTree(EventSamples.json(type));
        assertEquals(fieldPaths(sample), fieldPaths(event), type.getSimpleName() + " has the checked-in sample's fields");
        assertEquals(fieldPaths(sample.at("/course/competencies/0")), fieldPaths(event.at("/course/competencies/0")));
        assertEquals(type.getSimpleName(), TestKafka.header(record, "ce_type"));
        return event;
    }
}
