package id.kompeten.evaluation.standards;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CompetencyUpdated;
import id.kompeten.contracts.catalog.CoursePublished;
import id.kompeten.contracts.participant.ParticipantSnapshot;
import id.kompeten.evaluation.domain.CompetencyLevel;
import id.kompeten.evaluation.domain.Employee;
import id.kompeten.evaluation.domain.LevelSource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevTokens;
import id.kompeten.platform.security.Roles;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fixtures of the standards and gap tests. Competencies and courses go the catalogue's own way (the producer's
 * samples with the test's values, sent to the real topic and awaited in the replica); employees and profile lines are
 * persisted directly, as their consumers are written elsewhere.
 */
final class StandardsTestSupport {

    static final String POSITIONS = "/api/v1/positions";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StandardsTestSupport() {
    }

    /** A code of this test's own, e.g. for a competency or a position. */
    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String standardPath(String position) {
        return POSITIONS + "/" + position + "/competency-standard";
    }

    /** A competency in the replica, active. */
    static String competency(String prefix, String nameId) {
        String code = code(prefix);
        ObjectNode competency = sample(CompetencyDefined.class, "competency");
        competency.put("code", code).put("version", 0).put("active", true);
        ((ObjectNode) competency.get("name")).put("id", nameId).put("en", nameId + " (en)");
        send(code, CompetencyDefined.class, competency, "competency");
        awaitValue("SELECT CAST(source_version AS CHAR) FROM competency_replica WHERE code = ?1", code, "0");
        return code;
    }

    /** A competency the dictionary defined and then deactivated. */
    static String deactivatedCompetency(String prefix) {
        String code = competency(prefix, "Kompetensi lama");
        ObjectNode competency = sample(CompetencyUpdated.class, "competency");
        competency.put("code", code).put("version", 1).put("active", false);
        send(code, CompetencyUpdated.class, competency, "competency");
        awaitValue("SELECT CAST(source_version AS CHAR) FROM competency_replica WHERE code = ?1", code, "1");
        return code;
    }

    /** A course in the replica with these competency levels; status PUBLISHED unless given. */
    static String course(String title, int jp, Map<String, Integer> levels, String status) {
        String id = UUID.randomUUID().toString();
        ObjectNode course = sample(CoursePublished.class, "course");
        course.put("id", id).put("code", "C-" + id.substring(0, 8)).put("title", title).put("jp", jp)
                .put("status", status).put("version", 1);
        ArrayNode competencies = course.putArray("competencies");
        levels.forEach((code, level) -> competencies.addObject().put("code", code).put("level", level));
        send(id, CoursePublished.class, course, "course");
        awaitValue("SELECT status FROM course_replica WHERE id = ?1", id, status);
        return id;
    }

    static String course(String title, int jp, Map<String, Integer> levels) {
        return course(title, jp, levels, "PUBLISHED");
    }

    static Map<String, Integer> levels(Object... codeAndLevel) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (int i = 0; i < codeAndLevel.length; i += 2) {
            levels.put((String) codeAndLevel[i], (Integer) codeAndLevel[i + 1]);
        }
        return levels;
    }

    /** An employee in the replica, as the participant register would announce them. */
    static String employee(String name, String unit, String position, String supervisorNip, boolean active) {
        String nip = newNip();
        ParticipantSnapshot snapshot = new ParticipantSnapshot(nip, "PNS", name, "Pemerintah Kota Sibolga", unit,
                position, "Jabatan " + position, supervisorNip, active, 0, Instant.now());
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().persist(
                new Employee(snapshot, Instant.now())));
        return nip;
    }

    static String employee(String name, String unit, String position) {
        return employee(name, unit, position, null, true);
    }

    /** A line of a person's profile. */
    static void level(String nip, String competency, int level, LevelSource source) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().persist(new CompetencyLevel(nip,
                competency, new CompetencyLevel.Evidence(level, source, UUID.randomUUID().toString(), null, null,
                        LocalDate.of(2026, 3, 2)), Instant.now())));
    }

    /** 18 digits nobody else in this test JVM uses (evaluation takes NIPs as the register gives them). */
    static String newNip() {
        return "19" + String.format("%016d", Math.abs(ThreadLocalRandom.current().nextLong()) % 10_000_000_000_000_000L);
    }

    static RequestSpecification as(DevIdentity identity) {
        return given().header("Authorization", DevTokens.bearer(identity));
    }

    static DevIdentity admin() {
        return DevIdentity.system(Roles.ADMIN);
    }

    static Map<String, Object> standardBody(String name, Object... codeAndLevel) {
        List<Map<String, Object>> requirements = new ArrayList<>();
        for (int i = 0; i < codeAndLevel.length; i += 2) {
            Map<String, Object> requirement = new LinkedHashMap<>();
            requirement.put("competencyCode", codeAndLevel[i]);
            requirement.put("minLevel", codeAndLevel[i + 1]);
            requirements.add(requirement);
        }
        return Map.of("positionName", name, "requirements", requirements);
    }

    /** Creates a standard as ADMIN; returns its ETag. */
    static String createStandard(String position, String name, Object... codeAndLevel) {
        return as(admin()).contentType("application/json").body(standardBody(name, codeAndLevel))
                .put(standardPath(position)).then().statusCode(201).extract().header("ETag");
    }

    private static ObjectNode sample(Class<? extends DomainEvent> type, String field) {
        try {
            return (ObjectNode) JSON.readTree(EventSamples.json(type)).get(field);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(String key, Class<? extends DomainEvent> type, ObjectNode snapshot, String field) {
        ObjectNode event = JSON.createObjectNode();
        event.set(field, snapshot);
        TestKafka.sendCloudEvent(Topic.TRAINING_CATALOG.topicName(), key, Topic.typeOf(type),
                UUID.randomUUID().toString(), event.toString());
    }

    static void awaitValue(String query, String key, String expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> value(query, key), expected::equals);
    }

    static String value(String query, String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = Panache.getEntityManager().createNativeQuery(query).setParameter(1, key)
                    .getResultList();
            return rows.isEmpty() ? null : Objects.toString(rows.get(0), null);
        });
    }
}
