package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.competencyBody;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CompetencyUpdated;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.platform.messaging.OutboxEvent;
import id.kompeten.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class CompetencyResourceTest {

    private static final String PATH = "/api/v1/competencies";
    private static final String TOPIC = Topic.TRAINING_CATALOG.topicName();
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

        assertEquals(1, eventsInOutbox(code).size(), "one outbox row for one change");
        List<ConsumerRecord<String, String>> records = awaitRecords(code, 1);
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

        List<OutboxEvent> events = eventsInOutbox(code);
        assertEquals(List.of("CompetencyDefined", "CompetencyUpdated"), events.stream().map(OutboxEvent::type).toList());
        ConsumerRecord<String, String> updated = awaitRecords(code, 2).get(1);
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
        assertEquals(1, eventsInOutbox(code).size());
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
        assertEquals(1, eventsInOutbox(code).size(), "a retry creates nothing and publishes nothing");

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
        assertEquals(0, eventsInOutbox(code).size());
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

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    private static List<OutboxEvent> eventsInOutbox(String code) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.forKey(TOPIC, code));
    }

    private static List<ConsumerRecord<String, String>> awaitRecords(String code, int count) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> TestKafka.readAll(TOPIC, record -> code.equals(record.key())), records -> records.size() >= count);
    }

    /** Every field path in a JSON tree, e.g. competency.name.id: the event's shape without its values. */
    private static Set<String> fieldPaths(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect("", node, paths);
        return paths;
    }

    private static void collect(String prefix, JsonNode node, Set<String> paths) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = prefix + field.getKey();
            paths.add(path);
            if (field.getValue().isObject()) {
                collect(path + ".", field.getValue(), paths);
            }
        }
    }
}
