package id.kompeten.training;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.enrollment.SeatsChanged;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.localstack.tokens.DevTokens;
import id.kompeten.platform.messaging.OutboxEvent;
import id.kompeten.platform.security.Roles;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Shared fixtures of training-service's tests: authenticated requests and valid request bodies. */
public final class TrainingTestSupport {

    private TrainingTestSupport() {
    }

    /** A JSON request with a development token for the role. */
    public static RequestSpecification as(String role) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Authorization", DevTokens.bearer(role));
    }

    /** A competency code no other test uses. */
    public static String uniqueCode(String prefix) {
        return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
    }

    /** A valid create body; callers change entries to make it invalid. */
    public static Map<String, Object> competencyBody(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", new LinkedHashMap<>(Map.of("id", "Pelayanan Prima", "en", "Excellent Public Service")));
        body.put("type", "TEKNIS");
        body.put("description", "Serves citizens promptly and courteously.");
        return body;
    }

    /** A valid description of all five proficiency levels, for the {@code levels} of a competency body. */
    public static List<Map<String, Object>> levelsBody() {
        List<Map<String, Object>> levels = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("level", level);
            entry.put("description", new LinkedHashMap<>(Map.of("id", "Tingkat " + level, "en", "Level " + level)));
            levels.add(entry);
        }
        return levels;
    }

    /** A provider name no other test uses. */
    public static String uniqueProviderName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid provider body (an accredited university without end date); callers change entries to make it invalid. */
    public static Map<String, Object> providerBody(String name) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("person", "Dr. Rina Siregar");
        contact.put("email", "pelatihan@usu.ac.id");
        contact.put("phone", "+62 61 8211633");
        contact.put("address", "Jl. Dr. T. Mansur No. 9, Medan");
        contact.put("website", "https://www.usu.ac.id");
        Map<String, Object> accreditation = new LinkedHashMap<>();
        accreditation.put("status", "ACCREDITED");
        accreditation.put("body", "Lembaga Administrasi Negara");
        accreditation.put("validUntil", null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "UNIVERSITY");
        body.put("name", name);
        body.put("contact", contact);
        body.put("accreditation", accreditation);
        return body;
    }

    /** Registers the provider through the API as a catalogue manager; returns its id. */
    public static String registerProvider(Map<String, Object> body) {
        return as(Roles.CATALOG_MANAGER).body(body).post("/api/v1/providers")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    /** Registers a provider of the type, ACCREDITED until 2099-12-31, under a unique name; returns its id. */
    public static String registerAccreditedProvider(String type) {
        Map<String, Object> body = providerBody(uniqueProviderName("Penyelenggara " + type));
        body.put("type", type);
        @SuppressWarnings("unchecked")
        Map<String, Object> accreditation = (Map<String, Object>) body.get("accreditation");
        accreditation.put("validUntil", "2099-12-31");
        return registerProvider(body);
    }

    /** The catalogue events written to the outbox for one aggregate (competency code, provider id, ...), oldest first. */
    public static List<OutboxEvent> catalogEventsInOutbox(String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.forKey(Topic.TRAINING_CATALOG.topicName(), key));
    }

    /** Waits (bounded) until the catalogue topic holds at least {@code count} records with this key; returns them all. */
    public static List<ConsumerRecord<String, String>> awaitCatalogRecords(String key, int count) {
        String topic = Topic.TRAINING_CATALOG.topicName();
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> TestKafka.readAll(topic, record -> key.equals(record.key())), records -> records.size() >= count);
    }

    /** Enrollment's seat count of a session at a version of its counter, nobody waitlisted. */
    public static SeatsChanged seatsChanged(String sessionId, int seatsTaken, int capacity, long version) {
        return new SeatsChanged(sessionId, seatsTaken, capacity, 0, version, Instant.now());
    }

    /** The checked-in SeatsChanged sample (as enrollment publishes it) for this session, count and version. */
    public static String seatsChangedSample(String sessionId, int seatsTaken, int capacity, long version) {
        try {
            ObjectNode event = (ObjectNode) new ObjectMapper().readTree(EventSamples.json(SeatsChanged.class));
            return event.put("sessionId", sessionId).put("seatsTaken", seatsTaken).put("capacity", capacity)
                    .put("version", version).toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every field path in a JSON tree, e.g. {@code provider.contact.email}: an event's shape without its values. */
    public static Set<String> fieldPaths(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collectFieldPaths("", node, paths);
        return paths;
    }

    private static void collectFieldPaths(String prefix, JsonNode node, Set<String> paths) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = prefix + field.getKey();
            paths.add(path);
            if (field.getValue().isObject()) {
                collectFieldPaths(path + ".", field.getValue(), paths);
            }
        }
    }

    /**
     * A valid session body for a course of {@code jp} JP delivered in {@code mode} (CLASSROOM, ONLINE or BLENDED):
     * days of up to 8 JP from {@code start}, enrollment from 35 to 7 days before, 30 seats, in Kota Sibolga (12.73).
     * Callers change entries to make it invalid or to vary it.
     */
    public static Map<String, Object> sessionBody(String code, LocalDate start, int jp, String mode) {
        List<Map<String, Object>> schedule = new ArrayList<>();
        LocalDate day = start;
        for (int left = jp; left > 0; left -= 8, day = day.plusDays(1)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("date", day.toString());
            entry.put("jp", Math.min(8, left));
            entry.put("topic", "Materi hari ke-" + (schedule.size() + 1));
            schedule.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("startDate", start.toString());
        body.put("endDate", day.minusDays(1).toString());
        body.put("schedule", schedule);
        body.put("region", new LinkedHashMap<>(Map.of("code", "12.73", "name", "Kota Sibolga")));
        body.put("location", "ONLINE".equals(mode) ? null : "Aula Kantor Wali Kota Sibolga");
        body.put("onlineLink", "CLASSROOM".equals(mode) ? null : "https://zoom.us/j/81234567890");
        body.put("capacity", 30);
        body.put("enrollmentOpensOn", start.minusDays(35).toString());
        body.put("enrollmentClosesOn", start.minusDays(7).toString());
        body.put("trainers", List.of(new LinkedHashMap<>(
                Map.of("name", "Dr. Rina Siregar", "institution", "Universitas Sumatera Utara"))));
        return body;
    }

    /** The body of PUT /sessions/{id}: a session body without the code, which never changes. */
    public static Map<String, Object> sessionUpdateBody(Map<String, Object> sessionBody) {
        Map<String, Object> body = new LinkedHashMap<>(sessionBody);
        body.remove("code");
        return body;
    }

    /** Schedules the session through the API as a catalogue manager; returns its id. */
    public static String scheduleSession(String courseId, Map<String, Object> body) {
        return as(Roles.CATALOG_MANAGER).body(body).post("/api/v1/courses/" + courseId + "/sessions")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    /**
     * Moves a session on as a catalogue manager, with its current ETag: {@code open}, {@code start}, {@code complete}
     * or {@code cancel} (with a reason). Returns the session's new status.
     */
    public static String sessionAction(String sessionId, String action) {
        String etag = as(Roles.CATALOG_MANAGER).get("/api/v1/sessions/" + sessionId)
                .then().statusCode(200).extract().header("ETag");
        RequestSpecification request = as(Roles.CATALOG_MANAGER).header("If-Match", etag);
        if ("cancel".equals(action)) {
            request = request.body(Map.of("reason", "Dibatalkan untuk pengujian"));
        }
        return request.post("/api/v1/sessions/" + sessionId + "/" + action)
                .then().statusCode(200).extract().jsonPath().getString("status");
    }

    /** Runs an UPDATE or INSERT directly, for states no endpoint sets (e.g. seats taken, which enrollment counts). */
    public static int updateDatabase(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Query query = Panache.getEntityManager().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        });
    }

    /** Defines an active competency of the type (TEKNIS, MANAJERIAL or SOSIAL_KULTURAL) under a unique code; returns it. */
    public static String defineCompetencyOfType(String type) {
        String code = uniqueCode("KOMP-" + type.substring(0, 3));
        Map<String, Object> body = competencyBody(code);
        body.put("type", type);
        as(Roles.CATALOG_MANAGER).body(body).post("/api/v1/competencies").then().statusCode(201);
        return code;
    }

    /**
     * A valid course body: a 24-JP classroom course with lectures and group discussion, developing the competency to
     * level 3 (none when {@code competencyCode} is null), delivered by the provider, with default pass rules. Callers
     * change entries to make it invalid or to vary it.
     */
    public static Map<String, Object> courseBody(String code, String providerId, String competencyCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("title", "Komunikasi Publik");
        body.put("description", "Public communication for front-line ASN, with a presentation simulation.");
        body.put("objectives", new ArrayList<>(List.of("Explain a service procedure clearly to citizens",
                "Handle a complaint calmly")));
        body.put("competencies", competencyCode == null
                ? new ArrayList<>()
                : new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("code", competencyCode, "level", 3)))));
        body.put("methods", new ArrayList<>(List.of("LECTURE", "GROUP_DISCUSSION")));
        body.put("deliveryMode", "CLASSROOM");
        body.put("jp", 24);
        body.put("providerId", providerId);
        body.put("targetAudience", new LinkedHashMap<>(Map.of("positionCodes", List.of("PENGADMINISTRASI-LAYANAN"),
                "description", "Front-line staff of service units")));
        return body;
    }

    /** The body of PUT /courses/{id}: a course body without the code, which never changes. */
    public static Map<String, Object> courseUpdateBody(Map<String, Object> courseBody) {
        Map<String, Object> body = new LinkedHashMap<>(courseBody);
        body.remove("code");
        return body;
    }

    /** Creates the course (a DRAFT) through the API as a catalogue manager; returns its id. */
    public static String createCourse(Map<String, Object> body) {
        return as(Roles.CATALOG_MANAGER).body(body).post("/api/v1/courses")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    /** Publishes the course as a catalogue manager, with its current ETag; returns the new ETag. */
    public static String publishCourse(String courseId) {
        return courseAction(courseId, "publish");
    }

    /** Archives the course as a catalogue manager, with its current ETag; returns the new ETag. */
    public static String archiveCourse(String courseId) {
        return courseAction(courseId, "archive");
    }

    private static String courseAction(String courseId, String action) {
        String etag = as(Roles.CATALOG_MANAGER).get("/api/v1/courses/" + courseId)
                .then().statusCode(200).extract().header("ETag");
        return as(Roles.CATALOG_MANAGER).header("If-Match", etag).post("/api/v1/courses/" + courseId + "/" + action)
                .then().statusCode(200).extract().header("ETag");
    }

    /**
     * A PUBLISHED course of {@code jp} JP delivered in {@code mode} (CLASSROOM, ONLINE or BLENDED), with a competency
     * and an accredited university of its own; returns its id.
     */
    public static String createPublishedCourse(int jp, String mode) {
        String competency = defineCompetencyOfType("TEKNIS");
        String provider = registerAccreditedProvider("UNIVERSITY");
        Map<String, Object> body = courseBody(uniqueCode("COURSE"), provider, competency);
        body.put("jp", jp);
        body.put("deliveryMode", mode);
        String courseId = createCourse(body);
        publishCourse(courseId);
        return courseId;
    }
}
