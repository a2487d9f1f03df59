package id.kompeten.evaluation.servicequality;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.platform.security.Roles;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Fixtures of the service-unit and SKM tests: units created through the API, responses built from score rows. */
public final class ServiceQualityTestSupport {

    static final String UNITS = "/api/v1/service-units";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceQualityTestSupport() {
    }

    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static RequestSpecification as(DevIdentity identity) {
        return given().header("Authorization", id.kompeten.localstack.tokens.DevTokens.bearer(identity));
    }

    static DevIdentity admin() {
        return DevIdentity.system(Roles.ADMIN);
    }

    static DevIdentity integration() {
        return DevIdentity.system(Roles.INTEGRATION);
    }

    static DevIdentity unitAdmin(String unit) {
        return DevIdentity.person(Roles.UNIT_ADMIN, "197001012000011001", unit);
    }

    static DevIdentity supervisor(String unit) {
        return DevIdentity.person(Roles.SUPERVISOR, "197001012000011002", unit);
    }

    public static Map<String, Object> unitBody(String code, String agency, String parent,
            List<String> competencies) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Loket " + code);
        body.put("agency", agency);
        body.put("parentUnitCode", parent);
        body.put("region", "Kota Sibolga");
        body.put("serviceTypes", List.of("KTP-el", "Kartu Keluarga"));
        body.put("keyCompetencies", competencies);
        body.put("frontLineStaff", 6);
        return body;
    }

    /** A unit under {@code parent} of agency "Pemerintah Kota Sibolga", created as ADMIN. */
    static String unit(String parent) {
        String code = code("LOKET");
        as(admin()).contentType("application/json").body(unitBody(code, "Pemerintah Kota Sibolga", parent, List.of()))
                .post(UNITS).then().statusCode(201);
        return code;
    }

    /** One JSON response with these U1..U9 scores. */
    static Map<String, Object> response(String date, int... scores) {
        Map<String, Object> byElement = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            byElement.put("U" + (i + 1), scores[i]);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("date", date);
        response.put("serviceType", "KTP-el");
        response.put("scores", byElement);
        return response;
    }

    static Map<String, Object> batch(String date, int[][] rows) {
        List<Map<String, Object>> responses = new ArrayList<>();
        for (int[] row : rows) {
            responses.add(response(date, row));
        }
        return Map.of("responses", responses);
    }

    static io.restassured.response.Response submit(DevIdentity who, String unit, Object body) {
        return as(who).contentType("application/json").body(body).post(UNITS + "/{code}/surveys", unit);
    }

    static String quality(String unit) {
        return UNITS + "/" + unit + "/service-quality";
    }

    /** An active competency in the replica, as the catalogue would announce it. */
    static String competency(String nameId) {
        String code = code("KOMP");
        try {
            ObjectNode competency = (ObjectNode) JSON.readTree(EventSamples.json(CompetencyDefined.class))
                    .get("competency");
            competency.put("code", code).put("version", 0).put("active", true);
            ((ObjectNode) competency.get("name")).put("id", nameId).put("en", nameId + " (en)");
            ObjectNode event = JSON.createObjectNode();
            event.set("competency", competency);
            TestKafka.sendCloudEvent(Topic.TRAINING_CATALOG.topicName(), code, Topic.typeOf(CompetencyDefined.class),
                    UUID.randomUUID().toString(), event.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> value("SELECT code FROM competency_replica WHERE code = ?1", code), code::equals);
        return code;
    }

    static String value(String query, Object key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = Panache.getEntityManager().createNativeQuery(query).setParameter(1, key).getResultList();
            return rows.isEmpty() ? null : Objects.toString(rows.get(0), null);
        });
    }
}
