package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.awaitCatalogRecords;
import static id.kompeten.training.TrainingTestSupport.catalogEventsInOutbox;
import static id.kompeten.training.TrainingTestSupport.fieldPaths;
import static id.kompeten.training.TrainingTestSupport.providerBody;
import static id.kompeten.training.TrainingTestSupport.registerAccreditedProvider;
import static id.kompeten.training.TrainingTestSupport.registerProvider;
import static id.kompeten.training.TrainingTestSupport.uniqueProviderName;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.catalog.AccreditationStatus;
import id.kompeten.contracts.catalog.ProviderRegistered;
import id.kompeten.contracts.catalog.ProviderSnapshot.Accreditation;
import id.kompeten.contracts.catalog.ProviderSnapshot.Contact;
import id.kompeten.contracts.catalog.ProviderType;
import id.kompeten.contracts.catalog.ProviderUpdated;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.platform.messaging.OutboxEvent;
import id.kompeten.platform.security.Roles;
import id.kompeten.training.domain.Provider;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class ProviderResourceTest {

    private static final String PATH = "/api/v1/providers";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void registeredProviderIsReadableWithItsVersionAsEtag() {
        String name = uniqueProviderName("Universitas Sumatera Utara");
        Response created = as(Roles.CATALOG_MANAGER).body(providerBody(name)).post(PATH)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("type", equalTo("UNIVERSITY"))
                .body("active", is(true))
                .body("version", equalTo(0))
                .extract().response();
        String id = created.jsonPath().getString("id");
        UUID.fromString(id);
        assertTrue(created.header("Location").endsWith(PATH + "/" + id), created.header("Location"));

        // The contact person's details are for the roles that work with providers (PublicCatalogueDataTest).
        as(Roles.UNIT_ADMIN).get(PATH + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("contact.person", equalTo("Dr. Rina Siregar"))
                .body("contact.email", equalTo("pelatihan@usu.ac.id"))
                .body("contact.phone", equalTo("+62 61 8211633"))
                .body("contact.website", equalTo("https://www.usu.ac.id"))
                .body("accreditation.status", equalTo("ACCREDITED"))
                .body("accreditation.body", equalTo("Lembaga Administrasi Negara"))
                .body("accreditation.validUntil", nullValue());
        given().get(PATH + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void registerPublishesExactlyOneProviderRegisteredWithCloudEventsHeadersAndTheSampleShape() throws Exception {
        Map<String, Object> body = providerBody(uniqueProviderName("Universitas Negeri Medan"));
        accreditation(body).put("validUntil", "2028-12-31");
        String id = registerProvider(body);

        assertEquals(1, catalogEventsInOutbox(id).size(), "one outbox row for one change");
        ConsumerRecord<String, String> record = awaitCatalogRecords(id, 1).get(0);
        assertEquals(id, record.key());
        assertEquals("ProviderRegistered", TestKafka.header(record, "ce_type"));
        assertEquals("1.0", TestKafka.header(record, "ce_specversion"));
        assertEquals("/training-service", TestKafka.header(record, "ce_source"));
        assertEquals(id, TestKafka.header(record, "ce_subject"));
        assertEquals("application/json", TestKafka.header(record, "content-type"));
        UUID.fromString(TestKafka.header(record, "ce_id"));
        Instant.parse(TestKafka.header(record, "ce_time"));

        JsonNode event = JSON.readTree(record.value());
        assertEquals(fieldPaths(JSON.readTree(EventSamples.json(ProviderRegistered.class))), fieldPaths(event),
                "published event has the checked-in sample's fields");
        assertEquals(id, event.at("/provider/id").asText());
        assertEquals(body.get("name"), event.at("/provider/name").asText());
        assertEquals("pelatihan@usu.ac.id", event.at("/provider/contact/email").asText());
        assertEquals("2028-12-31", event.at("/provider/accreditation/validUntil").asText());
        assertEquals(0, event.at("/provider/version").asLong());
        assertTrue(event.at("/provider/active").asBoolean());
    }

    @Test
    void updateNeedsTheCurrentEtagAndPublishesExactlyOneProviderUpdatedOnlyWhenSomethingChanged() throws Exception {
        String name = uniqueProviderName("BPSDM Provinsi Sumatera Utara");
        Map<String, Object> body = providerBody(name);
        String id = registerProvider(body);
        Map<String, Object> change = providerBody(name);
        change.put("type", "GOVERNMENT_CENTER");
        contact(change).put("phone", "+62 61 8211634");
        accreditation(change).put("validUntil", "2030-06-30");

        as(Roles.CATALOG_MANAGER).body(change).put(PATH + "/" + id).then().statusCode(428);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"5\"").body(change).put(PATH + "/" + id).then().statusCode(412);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").body(change).put(PATH + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("type", equalTo("GOVERNMENT_CENTER"))
                .body("contact.phone", equalTo("+62 61 8211634"))
                .body("accreditation.validUntil", equalTo("2030-06-30"));
        // The old ETag is now stale.
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").body(change).put(PATH + "/" + id).then().statusCode(412);
        // Same values again (blanks around them are not a change): accepted, no new version, no event.
        change.put("name", "  " + name + " ");
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").body(change).put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo(name));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").body(change).put(PATH + "/" + UUID.randomUUID())
                .then().statusCode(404);

        List<OutboxEvent> events = catalogEventsInOutbox(id);
        assertEquals(List.of("ProviderRegistered", "ProviderUpdated"), events.stream().map(OutboxEvent::type).toList());
        ConsumerRecord<String, String> updated = awaitCatalogRecords(id, 2).get(1);
        assertEquals("ProviderUpdated", TestKafka.header(updated, "ce_type"));
        JsonNode event = JSON.readTree(updated.value());
        assertEquals(fieldPaths(JSON.readTree(EventSamples.json(ProviderUpdated.class))), fieldPaths(event));
        assertEquals(1, event.at("/provider/version").asLong());
        assertEquals("GOVERNMENT_CENTER", event.at("/provider/type").asText());
        assertEquals("+62 61 8211634", event.at("/provider/contact/phone").asText());
        assertEquals("2030-06-30", event.at("/provider/accreditation/validUntil").asText());
    }

    @Test
    void deactivateAndActivateNeedTheCurrentEtagAndPublishTheNewStatus() throws Exception {
        String id = registerProvider(providerBody(uniqueProviderName("LSM Pelayanan Publik")));

        as(Roles.PARTICIPANT).header("If-Match", "\"0\"").post(PATH + "/" + id + "/deactivate").then().statusCode(403);
        given().header("If-Match", "\"0\"").post(PATH + "/" + id + "/deactivate").then().statusCode(401);
        as(Roles.CATALOG_MANAGER).post(PATH + "/" + id + "/deactivate").then().statusCode(428);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"2\"").post(PATH + "/" + id + "/deactivate").then().statusCode(412);
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post(PATH + "/" + UUID.randomUUID() + "/deactivate")
                .then().statusCode(404).contentType("application/problem+json");

        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post(PATH + "/" + id + "/deactivate")
                .then().statusCode(200).header("ETag", "\"1\"").body("active", is(false));
        // Already inactive: nothing changes, no event.
        as(Roles.ADMIN).header("If-Match", "\"1\"").post(PATH + "/" + id + "/deactivate")
                .then().statusCode(200).header("ETag", "\"1\"").body("active", is(false));
        given().get(PATH + "/" + id).then().statusCode(200).body("active", is(false));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").post(PATH + "/" + id + "/activate")
                .then().statusCode(200).header("ETag", "\"2\"").body("active", is(true));

        assertEquals(List.of("ProviderRegistered", "ProviderUpdated", "ProviderUpdated"),
                catalogEventsInOutbox(id).stream().map(OutboxEvent::type).toList());
        List<ConsumerRecord<String, String>> records = awaitCatalogRecords(id, 3);
        JsonNode deactivated = JSON.readTree(records.get(1).value());
        assertEquals(fieldPaths(JSON.readTree(EventSamples.json(ProviderUpdated.class))), fieldPaths(deactivated));
        assertFalse(deactivated.at("/provider/active").asBoolean(true));
        assertEquals(1, deactivated.at("/provider/version").asLong());
        JsonNode activated = JSON.readTree(records.get(2).value());
        assertTrue(activated.at("/provider/active").asBoolean(false));
        assertEquals(2, activated.at("/provider/version").asLong());
    }

    @Test
    void duplicateNameIsAConflictWhateverTheCaseInEnglishAndIndonesian() {
        String name = uniqueProviderName("Universitas X");
        String id = registerProvider(providerBody(name));
        as(Roles.CATALOG_MANAGER).body(providerBody(name.toUpperCase())).post(PATH)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("A provider named '" + name.toUpperCase() + "' is already registered."));
        as(Roles.CATALOG_MANAGER).header("Accept-Language", "id").body(providerBody(name)).post(PATH)
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Konflik"))
                .body("detail", equalTo("Penyelenggara dengan nama '" + name + "' sudah terdaftar."));

        // Renaming another provider to the taken name is a conflict too.
        String otherName = uniqueProviderName("Universitas Y");
        String other = registerProvider(providerBody(otherName));
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").body(providerBody(name)).put(PATH + "/" + other)
                .then().statusCode(409);
        given().get(PATH + "/" + other).then().body("name", equalTo(otherName)).header("ETag", "\"0\"");

        assertEquals(1, given().queryParam("q", name).get(PATH).then().extract().jsonPath().getInt("total"));
        assertEquals(1, catalogEventsInOutbox(id).size());
        assertEquals(1, catalogEventsInOutbox(other).size());
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponseAndRejectsAnotherBody() {
        Map<String, Object> body = providerBody(uniqueProviderName("Idempoten"));
        String key = UUID.randomUUID().toString();
        String first = as(Roles.CATALOG_MANAGER).header("Idempotency-Key", key).body(body).post(PATH)
                .then().statusCode(201).extract().asString();
        String id = JsonPath.from(first).getString("id");
        String again = as(Roles.CATALOG_MANAGER).header("Idempotency-Key", key).body(body).post(PATH)
                .then().statusCode(201).header("Location", endsWith(PATH + "/" + id)).extract().asString();
        assertEquals(first, again, "a retry gets the first response");
        assertEquals(1, catalogEventsInOutbox(id).size(), "a retry creates nothing and publishes nothing");

        Map<String, Object> other = providerBody((String) body.get("name"));
        other.put("type", "NGO");
        as(Roles.CATALOG_MANAGER).header("Idempotency-Key", key).body(other).post(PATH)
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void writesNeedACatalogRole() {
        Map<String, Object> body = providerBody(uniqueProviderName("Tanpa Hak"));
        given().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(401);
        as(Roles.PARTICIPANT).body(body).post(PATH).then().statusCode(403);
        as(Roles.UNIT_ADMIN).body(body).post(PATH).then().statusCode(403);
        String id = registerProvider(body);
        as(Roles.SUPERVISOR).header("If-Match", "\"0\"").body(body).put(PATH + "/" + id).then().statusCode(403);
        as(Roles.PARTICIPANT).header("If-Match", "\"0\"").post(PATH + "/" + id + "/activate").then().statusCode(403);
        // Reads are public.
        given().get(PATH + "/" + id).then().statusCode(200);
        given().get(PATH).then().statusCode(200);
        assertEquals(1, catalogEventsInOutbox(id).size());
    }

    @Test
    void invalidBodiesNameTheFieldAtFaultAndWriteNothing() {
        String name = uniqueProviderName("Tidak Valid");
        assertInvalid(withContact(providerBody(name), "email", "not-an-email"), "contact.email");
        assertInvalid(withContact(providerBody(name), "email", "a".repeat(250) + "@x.id"), "contact.email");
        assertInvalid(withContact(providerBody(name), "website", "ftp://files.usu.ac.id"), "contact.website");
        assertInvalid(withContact(providerBody(name), "website", "www.usu.ac.id"), "contact.website");
        assertInvalid(withContact(providerBody(name), "website", "https://" + "a".repeat(300) + ".id"), "contact.website");
        assertInvalid(withContact(providerBody(name), "phone", "call me"), "contact.phone");
        assertInvalid(withContact(providerBody(name), "phone", "1".repeat(51)), "contact.phone");
        assertInvalid(withContact(providerBody(name), "person", "p".repeat(201)), "contact.person");
        assertInvalid(withContact(providerBody(name), "address", "a".repeat(501)), "contact.address");

        Map<String, Object> missingType = providerBody(name);
        missingType.remove("type");
        assertInvalid(missingType, "type");
        Map<String, Object> wrongType = providerBody(name);
        wrongType.put("type", "KAMPUS");
        assertInvalid(wrongType, "type");
        assertInvalid(providerBody("x".repeat(201)), "name");
        assertInvalid(providerBody("  "), "name");
        Map<String, Object> missingStatus = providerBody(name);
        accreditation(missingStatus).remove("status");
        assertInvalid(missingStatus, "accreditation.status");
        Map<String, Object> wrongStatus = providerBody(name);
        accreditation(wrongStatus).put("status", "MAYBE");
        assertInvalid(wrongStatus, "accreditation.status");
        Map<String, Object> longBody = providerBody(name);
        accreditation(longBody).put("body", "b".repeat(201));
        assertInvalid(longBody, "accreditation.body");
        Map<String, Object> badDate = providerBody(name);
        accreditation(badDate).put("validUntil", "31-12-2028");
        assertInvalid(badDate, "accreditation.validUntil");
        Map<String, Object> noAccreditation = providerBody(name);
        noAccreditation.remove("accreditation");
        assertInvalid(noAccreditation, "accreditation");

        assertEquals(0, given().queryParam("q", name).get(PATH).then().extract().jsonPath().getInt("total"));
    }

    @Test
    void optionalFieldsMayBeLeftOutAndAccreditationMayHaveNoEndDate() {
        Map<String, Object> minimal = Map.of("type", "INTERNAL", "name", uniqueProviderName("Unit Diklat Internal"),
                "accreditation", Map.of("status", "ACCREDITED"));
        String id = registerProvider(minimal);
        given().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("contact.email", nullValue())
                .body("contact.website", nullValue())
                .body("accreditation.validUntil", nullValue());
        given().queryParam("q", minimal.get("name")).queryParam("accredited", "true").get(PATH)
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }

    @Test
    void listIsFilteredPagedAndSorted() {
        String tag = "Saring " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        String a = registerProvider(provider(tag + " A", "UNIVERSITY", "ACCREDITED", null));
        String b = registerProvider(provider(tag + " B", "NGO", "ACCREDITED", today.minusDays(1).toString()));
        String c = registerProvider(provider(tag + " C", "NGO", "PROVISIONAL", "2099-12-31"));
        String d = registerProvider(provider(tag + " D", "GOVERNMENT_CENTER", "ACCREDITED", today.toString()));
        String e = registerAccreditedProvider("PROFESSIONAL_BODY");
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").post(PATH + "/" + d + "/deactivate").then().statusCode(200);
        given().get(PATH + "/" + e).then().body("accreditation.validUntil", equalTo("2099-12-31"))
                .body("type", equalTo("PROFESSIONAL_BODY"));

        String q = tag.toLowerCase();
        assertEquals(List.of(a, b, c, d), ids(Map.of("q", q)));
        assertEquals(List.of(b, c), ids(Map.of("q", q, "type", "NGO")));
        // Accredited today: no end date, or an end date not yet past (today itself still counts).
        assertEquals(List.of(a, d), ids(Map.of("q", q, "accredited", "true")));
        assertEquals(List.of(b, c), ids(Map.of("q", q, "accredited", "false")));
        assertEquals(List.of(d), ids(Map.of("q", q, "active", "false")));
        assertEquals(List.of(a), ids(Map.of("q", q, "active", "true", "accredited", "true")));
        assertEquals(List.of(), ids(Map.of("q", tag + "%")), "LIKE wildcards in q are literal");
        given().queryParam("active", "false").queryParam("size", 200).get(PATH)
                .then().statusCode(200).body("items.active", everyItem(is(false)));

        given().queryParam("q", q).queryParam("size", 3).queryParam("page", 1).queryParam("sort", "name,desc").get(PATH)
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(a))
                .body("page", equalTo(1))
                .body("size", equalTo(3))
                .body("total", equalTo(4));
        assertEquals(List.of(d, c, b, a), ids(Map.of("q", q, "sort", "name,desc")));
        List<String> byType = ids(Map.of("q", q, "sort", "type,asc"));
        assertEquals(List.of(d, a), List.of(byType.get(0), byType.get(3)), "GOVERNMENT_CENTER first, UNIVERSITY last");
        assertEquals(Set.of(b, c), Set.copyOf(byType.subList(1, 3)));
        // MySQL and MariaDB sort a missing date first.
        assertEquals(List.of(a, b, d, c), ids(Map.of("q", q, "sort", "accreditationValidUntil,asc")));
        assertEquals(List.of(d, c, b, a), ids(Map.of("q", q, "sort", "updatedAt,desc")));

        given().queryParam("size", 201).get(PATH).then().statusCode(400).body("errors.field", hasItem("size"));
        given().queryParam("sort", "contact,asc").get(PATH).then().statusCode(400).body("errors.field", hasItem("sort"));
        given().queryParam("type", "KAMPUS").get(PATH).then().statusCode(400).body("errors.field", hasItem("type"));
        given().queryParam("active", "ya").get(PATH).then().statusCode(400).body("errors.field", hasItem("active"));
        given().queryParam("accredited", "1").get(PATH).then().statusCode(400).body("errors.field", hasItem("accredited"));
        given().queryParam("q", "q".repeat(201)).get(PATH).then().statusCode(400).body("errors.field", hasItem("q"));
    }

    @Test
    void accreditationCoversItsLastDayAndNeedsTheAccreditedStatus() {
        LocalDate until = LocalDate.of(2028, 12, 31);
        Instant now = Instant.now();
        Contact contact = new Contact(null, null, null, null, null);
        Provider limited = new Provider("p1", ProviderType.NGO, "LSM",
                contact, new Accreditation(AccreditationStatus.ACCREDITED, null, until), now);
        assertTrue(limited.isAccreditedOn(until));
        assertFalse(limited.isAccreditedOn(until.plusDays(1)));
        Provider open = new Provider("p2", ProviderType.NGO, "LSM",
                contact, new Accreditation(AccreditationStatus.ACCREDITED, null, null), now);
        assertTrue(open.isAccreditedOn(LocalDate.of(2999, 1, 1)));
        for (AccreditationStatus status : List.of(AccreditationStatus.PROVISIONAL, AccreditationStatus.NOT_ACCREDITED,
                AccreditationStatus.REVOKED)) {
            Provider other = new Provider("p3", ProviderType.NGO, "LSM", contact, new Accreditation(status, null, null), now);
            assertFalse(other.isAccreditedOn(until), status.name());
        }
    }

    private static void assertInvalid(Map<String, Object> body, String field) {
        as(Roles.CATALOG_MANAGER).body(body).post(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static List<String> ids(Map<String, String> query) {
        return given().queryParams(query).queryParam("size", 200).get(PATH)
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    private static Map<String, Object> provider(String name, String type, String status, String validUntil) {
        Map<String, Object> body = providerBody(name);
        body.put("type", type);
        accreditation(body).put("status", status);
        accreditation(body).put("validUntil", validUntil);
        return body;
    }

    private static Map<String, Object> withContact(Map<String, Object> body, String field, String value) {
        contact(body).put(field, value);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contact(Map<String, Object> body) {
        return (Map<String, Object>) body.get("contact");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> accreditation(Map<String, Object> body) {
        return (Map<String, Object>) body.get("accreditation");
    }
}
