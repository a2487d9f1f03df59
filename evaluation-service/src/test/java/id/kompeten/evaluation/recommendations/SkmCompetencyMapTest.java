package id.kompeten.evaluation.recommendations;

import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.MAPS;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.admin;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.as;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.code;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.competency;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.evaluation.profile.ProfileTestSupport;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * /api/v1/skm-competency-maps/{agency}: the defaults for an agency without its own map, its own map created, replaced
 * and deleted under If-Match, every faulty code a 400 naming its field, and who may read and write.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class SkmCompetencyMapTest {

    @Test
    void anAgencyWithoutItsOwnMapGetsTheDefaults() {
        as(admin()).header("Accept-Language", "id").get(MAPS + code("Pemerintah Kota")).then().statusCode(200)
                .header("ETag", "\"default\"")
                .body("source", equalTo("DEFAULT")).body("version", nullValue())
                .body("elements.code", equalTo(List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9")))
                .body("elements[6].label", equalTo("Perilaku Pelaksana"))
                .body("elements[2].competencies.code", equalTo(List.of("SIAK", "MANAJEMEN-WAKTU", "PELAYANAN-PRIMA")))
                .body("elements[6].competencies.code", equalTo(List.of("KOMUNIKASI-PUBLIK", "PELAYANAN-PRIMA")))
                .body("elements[7].competencies.code", equalTo(List.of("PELAYANAN-PRIMA", "KOMUNIKASI-PUBLIK")))
                .body("elements[0].competencies", equalTo(List.of())).body("elements[8].competencies",
                        equalTo(List.of()));
    }

    @Test
    void theOwnMapIsCreatedReplacedAndDeletedUnderIfMatch() {
        String agency = code("Pemerintah Kabupaten");
        String path = MAPS + agency;
        String first = competency("KOMP");
        String second = competency("KOMP");
        Map<String, Object> body = Map.of("elements", Map.of("U7", List.of(first)));
        Map<String, Object> changed = Map.of("elements", Map.of("U7", List.of(first, second), "U3", List.of(second)));

        // On the defaults, If-Match must name them: another ETag is a map deleted since.
        as(admin()).contentType("application/json").header("If-Match", "\"4\"").body(body).put(path).then()
                .statusCode(412);
        String created = as(admin()).contentType("application/json").body(body).put(path).then().statusCode(201)
                .header("Location", notNullValue())
                .body("source", equalTo("AGENCY")).body("elements[6].competencies.code", equalTo(List.of(first)))
                .extract().header("ETag");
        as(admin()).get(path).then().statusCode(200).header("ETag", created).body("source", equalTo("AGENCY"))
                .body("elements[6].competencies[0].name.id", notNullValue())
                .body("elements[7].competencies", equalTo(List.of()));

        // Once the agency has its own map: 428 without If-Match, 412 with a stale one or the defaults' ETag.
        as(admin()).contentType("application/json").body(changed).put(path).then().statusCode(428);
        as(admin()).contentType("application/json").header("If-Match", "\"99\"").body(changed).put(path).then()
                .statusCode(412).contentType("application/problem+json");
        as(admin()).contentType("application/json").header("If-Match", "\"default\"").body(changed).put(path)
                .then().statusCode(412);
        String replaced = as(admin()).contentType("application/json").header("If-Match", created).body(changed)
                .put(path).then().statusCode(200)
                .body("elements[2].competencies.code", equalTo(List.of(second)))
                .body("elements[6].competencies.code", equalTo(List.of(first, second)))
                .extract().header("ETag");
        // The same map again changes nothing, not even the version.
        as(admin()).contentType("application/json").header("If-Match", replaced).body(changed).put(path).then()
                .statusCode(200).header("ETag", replaced);

        as(admin()).delete(path).then().statusCode(428);
        as(admin()).header("If-Match", created).delete(path).then().statusCode(412);
        as(admin()).header("If-Match", replaced).delete(path).then().statusCode(204);
        as(admin()).get(path).then().statusCode(200).header("ETag", "\"default\"").body("source", equalTo("DEFAULT"));
        // Already on the defaults: deleting them again is a no-op for a client that saw them.
        as(admin()).header("If-Match", "\"default\"").delete(path).then().statusCode(204);
        as(admin()).contentType("application/json").header("If-Match", "\"default\"").body(body).put(path).then()
                .statusCode(201);
    }

    @Test
    void everyFaultyCodeIsA400NamingItsField() {
        String known = competency("KOMP");
        String deactivated = ProfileTestSupport.competency(code("OLD"), false);
        Map<String, Object> elements = new LinkedHashMap<>();
        elements.put("U7", List.of(known, "TIDAK-ADA"));
        elements.put("U10", List.of(known));
        elements.put("U3", List.of(deactivated));
        elements.put("U8", List.of(known, known));
        List<String> fields = as(admin()).contentType("application/json").body(Map.of("elements", elements))
                .put(MAPS + code("Pemerintah Kota")).then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath().getList("errors.field");
        assertEquals(List.of("elements.U10", "elements.U3[0]", "elements.U7[1]", "elements.U8[1]"),
                fields.stream().sorted().toList());
        as(admin()).contentType("application/json").body(Map.of()).put(MAPS + code("Pemerintah Kota")).then()
                .statusCode(400).body("errors.field", equalTo(List.of("elements")));
    }

    @Test
    void everyUnitReaderReadsOnlyAdminWrites() {
        String path = MAPS + code("Pemerintah Kota");
        for (DevIdentity reader : List.of(DevIdentity.system(Roles.EVALUATOR), DevIdentity.system(Roles.INTEGRATION),
                DevIdentity.person(Roles.UNIT_ADMIN, "197001012000011001", "DISDUKCAPIL-SIBOLGA"),
                DevIdentity.person(Roles.SUPERVISOR, "197001012000011002", "DISDUKCAPIL-SIBOLGA"))) {
            as(reader).get(path).then().statusCode(200);
            as(reader).contentType("application/json").body(Map.of("elements", Map.of())).put(path).then()
                    .statusCode(403);
            as(reader).header("If-Match", "\"default\"").delete(path).then().statusCode(403);
        }
        as(DevIdentity.person(Roles.PARTICIPANT, "197001012000011003", "DISDUKCAPIL-SIBOLGA")).get(path).then()
                .statusCode(403);
    }
}
