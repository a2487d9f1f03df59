package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.awaitCatalogRecords;
import static id.kompeten.training.TrainingTestSupport.catalogEventsInOutbox;
import static id.kompeten.training.TrainingTestSupport.competencyBody;
import static id.kompeten.training.TrainingTestSupport.fieldPaths;
import static id.kompeten.training.TrainingTestSupport.levelsBody;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CompetencyUpdated;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.platform.messaging.OutboxEvent;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
class CompetencyResourceTest {

    private static final String PATH = "/api/v1/competencies";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void createdCompetencyIsReadableWithItsVersionAsEtag() {
        String code = uniqueCode("KOMUNIKASI");
        as(Roles.CATALOG_MANAGER).body(competencyBody(code)).post(PATH)
                .then().statusCode(201)
                .header("Location", endsWith(PATH + "/" + code))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("name.id", equalTo("Pelayanan Prima"))
                .body("type", equalTo("TEKNIS"))
                .body("active", is(true));

        given().get(PATH + "/" + code)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name.en", equalTo("Excellent Public Service"))
                .body("version", equalTo(0));
    }

    @Test
    void createPublishesExactlyOneCompetencyDefinedWithCloudEventsHeadersAndTheSampleShape() throws Exception {
        String code = uniqueCode("PRIMA");
        as(Roles.ADMIN).body(competencyBody(code)).post(PATH).then().statusCode(201);

        assertEquals(1, catalogEventsInOutbox(code).size(), "one outbox row for one change");
        List<ConsumerRecord<String, String>> records = awaitCatalogRecords(code, 1);
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals(code, record.key());
        assertEquals("CompetencyDefined", TestKafka.header(record, "ce_type"));
        assertEquals("1.0", TestKafka.header(record, "ce_specversion"));
        assertEquals("/training-service", TestKafka.header(record, "ce_source"));
        assertEquals(code, TestKafka.header(record, "ce_subject"));
        assertEquals("application/json", TestKafka.header(record, "content-type"));
        UUID.fromString(TestKafka.header(record, "ce_id"));
        java.time.Instant.parse(TestKafka.header(record, "ce_time"));

        JsonNode body = JSON.readTree(record.value());
        assertEquals(fieldPaths(JSON.readTree(EventSamples.json(CompetencyDefined.class))), fieldPaths(body),
                "published event has the checked-in sample's fields");
        assertEquals(code, body.at("/competency/code").asText());
        assertEquals("Excellent Public Service", body.at("/competency/name/en").asText());
        assertEquals(0, body.at("/competency/version").asLong());
    }

    @Test
    void updateNeedsTheCurrentEtagAndPublishesCompetencyUpdatedOnlyWhenSomethingChanged() throws Exception {
        String code = uniqueCode("WAKTU");
        as(Roles.CATALOG_MANAGER).body(competencyBody(code)).post(PATH).then().statusCode(201);
        Map<String, Object> change = Map.of(
                "name", Map.of("id", "Manajemen Waktu", "en", "Time Management"),
                "type", "MANAJERIAL",
                "description", "Plans and prioritises work to meet service-level targets.");

        as(Roles.CATALOG_MANAGER).body(change).put(PATH + "/" + code).then().statusCode(428);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"7\"").body(change).put(PATH + "/" + code).then().statusCode(412);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").body(change).put(PATH + "/" + code)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("type", equalTo("MANAJERIAL"))
                .body("name.en", equalTo("Time Management"));
        // The old ETag is now stale.
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").body(change).put(PATH + "/" + code).then().statusCode(412);
        // Same values again: accepted, but nothing changed, so no new version and no event.
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").body(change).put(PATH + "/" + code)
                .then().statusCode(200).header("ETag", "\"1\"");

        List<OutboxEvent> events = catalogEventsInOutbox(code);
        assertEquals(List.of("CompetencyDefined", "CompetencyUpdated"), events.stream().map(OutboxEvent::type).toList());
        ConsumerRecord<String, String> updated = awaitCatalogRecords(code, 2).get(1);
        assertEquals("CompetencyUpdated", TestKafka.header(updated, "ce_type"));
        JsonNode body = JSON.readTree(updated.value());
        assertEquals(fieldPaths(JSON.readTree(EventSamples.json(CompetencyUpdated.class))), fieldPaths(body));
        assertEquals(1, body.at("/competency/version").asLong());
        assertEquals("MANAJERIAL", body.at("/competency/type").asText());
    }

    @Test
    void duplicateCodeIsAConflict() {
        String code = uniqueCode("DUP");
        as(Roles.CATALOG_MANAGER).body(competencyBody(code)).post(PATH).then().statusCode(201);
        as(Roles.CATALOG_MANAGER).body(competencyBody(code)).post(PATH)
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(1, catalogEventsInOutbox(code).size());
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponseAndRejectsAnotherBody() {
        String code = uniqueCode("IDEM");
        String key = UUID.randomUUID().toString();
        String first = as(Roles.CATALOG_MANAGER).header("Idempotency-Key", key).body(competencyBody(code)).post(PATH)
                .then().statusCode(201).extract().asString();
        String again = as(Roles.CATALOG_MANAGER).header("Idempotency-Key", key).body(competencyBody(code)).post(PATH)
                .then().statusCode(201).header("Location", endsWith("/" + code)).extract().asString();
        assertEquals(first, again, "a retry gets the first response");
        assertEquals(1, catalogEventsInOutbox(code).size(), "a retry creates nothing and publishes nothing");

        Map<String, Object> other = competencyBody(code);
        other.put("description", "Something else");
        as(Roles.CATALOG_MANAGER).header("Idempotency-Key", key).body(other).post(PATH)
                .then().statusCode(422).contentType("application/problem+json");
        as(Roles.CATALOG_MANAGER).header("Idempotency-Key", "has space").body(competencyBody(uniqueCode("K"))).post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void writesNeedACatalogRole() {
        String code = uniqueCode("SEC");
        given().contentType(ContentType.JSON).body(competencyBody(code)).post(PATH).then().statusCode(401);
        as(Roles.PARTICIPANT).body(competencyBody(code)).post(PATH).then().statusCode(403);
        as(Roles.SUPERVISOR).header("If-Match", "\"0\"").body(competencyBody(code)).put(PATH + "/" + code).then().statusCode(403);
        given().get(PATH + "/" + code).then().statusCode(404).contentType("application/problem+json");
        assertEquals(0, catalogEventsInOutbox(code).size());
    }

    @Test
    void invalidBodiesNameTheFieldAtFaultAndWriteNothing() {
        String code = uniqueCode("BAD");
        Map<String, Object> blankName = competencyBody(code);
        blankName.put("name", Map.of("id", " ", "en", "Name"));
        as(Roles.CATALOG_MANAGER).body(blankName).post(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("name.id"));

        Map<String, Object> wrongType = competencyBody(code);
        wrongType.put("type", "ASTROLOGI");
        as(Roles.CATALOG_MANAGER).body(wrongType).post(PATH).then().statusCode(400).body("errors.field", hasItem("type"));

        Map<String, Object> badCode = competencyBody("lower case");
        as(Roles.CATALOG_MANAGER).body(badCode).post(PATH).then().statusCode(400).body("errors.field", hasItem("code"));

        Map<String, Object> longDescription = competencyBody(code);
        longDescription.put("description", "x".repeat(2001));
        as(Roles.CATALOG_MANAGER).body(longDescription).post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("description"));

        given().get(PATH + "/" + code).then().statusCode(404);
    }

    @Test
    void listIsPagedFilteredAndSorted() {
        String prefix = "LIST" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        for (String suffix : List.of("A", "B", "C")) {
            Map<String, Object> body = competencyBody(prefix + "-" + suffix);
            body.put("type", "SOSIAL_KULTURAL");
            as(Roles.CATALOG_MANAGER).body(body).post(PATH).then().statusCode(201);
        }
        long total = given().queryParam("type", "SOSIAL_KULTURAL").get(PATH)
                .then().statusCode(200).extract().jsonPath().getLong("total");
        given().queryParam("type", "SOSIAL_KULTURAL").queryParam("size", 2).queryParam("sort", "code,desc").get(PATH)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("total", equalTo((int) total))
                .body("items.type", everyItemIs("SOSIAL_KULTURAL"));
        List<String> codes = given().queryParam("type", "SOSIAL_KULTURAL").queryParam("size", 200).queryParam("sort", "code,desc")
                .get(PATH).then().extract().jsonPath().getList("items.code", String.class);
        assertEquals(codes.stream().sorted(java.util.Comparator.reverseOrder()).toList(), codes);

        given().queryParam("size", 201).get(PATH).then().statusCode(400).body("errors.field", hasItem("size"));
        given().queryParam("sort", "secret,asc").get(PATH).then().statusCode(400).body("errors.field", hasItem("sort"));
        given().queryParam("type", "NOPE").get(PATH).then().statusCode(400).body("errors.field", hasItem("type"));
    }

    @Test
    void levelDescriptionsAreStoredInLevelOrderShownAndPublished() throws Exception {
        String code = uniqueCode("LEVELS");
        Map<String, Object> body = competencyBody(code);
        List<Map<String, Object>> levels = new ArrayList<>(levelsBody());
        Collections.reverse(levels);
        body.put("levels", levels);
        as(Roles.CATALOG_MANAGER).body(body).post(PATH)
                .then().statusCode(201)
                .body("levels.level", equalTo(List.of(1, 2, 3, 4, 5)))
                .body("levels[2].description.en", equalTo("Level 3"));

        given().get(PATH + "/" + code)
                .then().statusCode(200)
                .body("levels", hasSize(5))
                .body("levels[0].description.id", equalTo("Tingkat 1"))
                .body("levels[4].level", equalTo(5));

        JsonNode event = JSON.readTree(awaitCatalogRecords(code, 1).get(0).value());
        JsonNode sample = JSON.readTree(EventSamples.json(CompetencyDefined.class));
        assertEquals(fieldPaths(sample), fieldPaths(event));
        JsonNode published = event.at("/competency/levels");
        assertEquals(5, published.size());
        assertEquals(fieldPaths(sample.at("/competency/levels/0")), fieldPaths(published.get(0)),
                "each level has the sample's fields");
        for (int i = 0; i < 5; i++) {
            assertEquals(i + 1, published.get(i).at("/level").asInt(), "levels are published in order");
        }
        assertEquals("Level 1", published.get(0).at("/description/en").asText());
    }

    @Test
    void levelsMustDescribeEachLevelOnceAndNameTheFieldAtFault() {
        String code = uniqueCode("BADLEVEL");
        Map<String, Object> fourLevels = competencyBody(code);
        fourLevels.put("levels", levelsBody().subList(0, 4));
        as(Roles.CATALOG_MANAGER).body(fourLevels).post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("levels")));
        as(Roles.CATALOG_MANAGER).header("Accept-Language", "id").body(fourLevels).post(PATH)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("harus menjelaskan setiap tingkat kemahiran 1 sampai 5 tepat satu kali"));

        Map<String, Object> duplicate = competencyBody(code);
        List<Map<String, Object>> twiceTwo = levelsBody();
        twiceTwo.get(2).put("level", 2);
        duplicate.put("levels", twiceTwo);
        as(Roles.CATALOG_MANAGER).body(duplicate).post(PATH).then().statusCode(400).body("errors.field", hasItem("levels"));

        Map<String, Object> empty = competencyBody(code);
        empty.put("levels", List.of());
        as(Roles.CATALOG_MANAGER).body(empty).post(PATH).then().statusCode(400).body("errors.field", hasItem("levels"));

        Map<String, Object> blankDescription = competencyBody(code);
        List<Map<String, Object>> blank = levelsBody();
        blank.get(2).put("description", Map.of("id", " ", "en", "Level 3"));
        blankDescription.put("levels", blank);
        as(Roles.CATALOG_MANAGER).body(blankDescription).post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("levels[2].description.id"));

        Map<String, Object> longDescription = competencyBody(code);
        List<Map<String, Object>> tooLong = levelsBody();
        tooLong.get(0).put("description", Map.of("id", "Tingkat 1", "en", "x".repeat(501)));
        longDescription.put("levels", tooLong);
        as(Roles.CATALOG_MANAGER).body(longDescription).post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("levels[0].description.en"));

        Map<String, Object> levelSix = competencyBody(code);
        List<Map<String, Object>> six = levelsBody();
        six.get(4).put("level", 6);
        levelSix.put("levels", six);
        as(Roles.CATALOG_MANAGER).body(levelSix).post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("levels[4].level"));

        Map<String, Object> noDescription = competencyBody(code);
        List<Map<String, Object>> missing = levelsBody();
        missing.get(1).remove("description");
        noDescription.put("levels", missing);
        as(Roles.CATALOG_MANAGER).body(noDescription).post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("levels[1].description"));

        given().get(PATH + "/" + code).then().statusCode(404);
        assertEquals(0, catalogEventsInOutbox(code).size());
    }

    @Test
    void updateReplacesLevelDescriptionsAndKeepsThemWhenOmitted() throws Exception {
        String code = uniqueCode("RELEVEL");
        as(Roles.CATALOG_MANAGER).body(competencyBody(code)).post(PATH)
                .then().statusCode(201).body("levels", hasSize(0));
        Map<String, Object> change = new LinkedHashMap<>(competencyBody(code));
        change.remove("code");
        change.put("levels", levelsBody());
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").body(change).put(PATH + "/" + code)
                .then().statusCode(200).header("ETag", "\"1\"").body("levels", hasSize(5));

        // Without levels: the descriptions stay and nothing changes.
        change.remove("levels");
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").body(change).put(PATH + "/" + code)
                .then().statusCode(200).header("ETag", "\"1\"").body("levels", hasSize(5));

        List<Map<String, Object>> reworded = levelsBody();
        reworded.get(4).put("description", Map.of("id", "Ahli", "en", "Expert"));
        change.put("levels", reworded);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").body(change).put(PATH + "/" + code)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("levels[4].description.en", equalTo("Expert"))
                .body("levels[3].description.en", equalTo("Level 4"));

        assertEquals(List.of("CompetencyDefined", "CompetencyUpdated", "CompetencyUpdated"),
                catalogEventsInOutbox(code).stream().map(OutboxEvent::type).toList());
        JsonNode last = JSON.readTree(awaitCatalogRecords(code, 3).get(2).value());
        assertEquals(2, last.at("/competency/version").asLong());
        assertEquals("Expert", last.at("/competency/levels/4/description/en").asText());
        assertEquals(5, last.at("/competency/levels").size());
    }

    @Test
    void deactivateAndActivateNeedTheCurrentEtagAndPublishTheNewStatus() throws Exception {
        String code = uniqueCode("DEACT");
        as(Roles.CATALOG_MANAGER).body(competencyBody(code)).post(PATH).then().statusCode(201);

        as(Roles.PARTICIPANT).header("If-Match", "\"0\"").post(PATH + "/" + code + "/deactivate").then().statusCode(403);
        given().header("If-Match", "\"0\"").post(PATH + "/" + code + "/deactivate").then().statusCode(401);
        as(Roles.CATALOG_MANAGER).post(PATH + "/" + code + "/deactivate").then().statusCode(428);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"3\"").post(PATH + "/" + code + "/deactivate").then().statusCode(412);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post(PATH + "/NO-SUCH-" + code + "/deactivate")
                .then().statusCode(404).contentType("application/problem+json");

        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post(PATH + "/" + code + "/deactivate")
                .then().statusCode(200).header("ETag", "\"1\"").body("active", is(false));
        // Already inactive: nothing changes, no event.
        as(Roles.ADMIN).header("If-Match", "\"1\"").post(PATH + "/" + code + "/deactivate")
                .then().statusCode(200).header("ETag", "\"1\"").body("active", is(false));
        given().get(PATH + "/" + code).then().statusCode(200).body("active", is(false));
        assertEquals(List.of(code), given().queryParam("active", "false").queryParam("size", 200)
                .queryParam("sort", "updatedAt,desc").get(PATH)
                .then().statusCode(200).extract().jsonPath().getList("items.code", String.class)
                .stream().filter(code::equals).toList());
        given().queryParam("active", "false").queryParam("size", 200).get(PATH)
                .then().body("items.active", everyItem(is(false)));
        given().queryParam("active", "maybe").get(PATH).then().statusCode(400).body("errors.field", hasItem("active"));

        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").post(PATH + "/" + code + "/activate")
                .then().statusCode(200).header("ETag", "\"2\"").body("active", is(true));

        assertEquals(List.of("CompetencyDefined", "CompetencyUpdated", "CompetencyUpdated"),
                catalogEventsInOutbox(code).stream().map(OutboxEvent::type).toList());
        List<ConsumerRecord<String, String>> records = awaitCatalogRecords(code, 3);
        JsonNode deactivated = JSON.readTree(records.get(1).value());
        assertEquals(fieldPaths(JSON.readTree(EventSamples.json(CompetencyUpdated.class))), fieldPaths(deactivated));
        assertFalse(deactivated.at("/competency/active").asBoolean(true));
        assertEquals(1, deactivated.at("/competency/version").asLong());
        JsonNode activated = JSON.readTree(records.get(2).value());
        assertTrue(activated.at("/competency/active").asBoolean(false));
        assertEquals(2, activated.at("/competency/version").asLong());
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
