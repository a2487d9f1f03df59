package id.kompeten.evaluation.servicequality;

import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.UNITS;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.admin;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.as;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.code;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.competency;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.integration;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.response;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.submit;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.supervisor;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.unit;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.unitAdmin;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.unitBody;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CRUD of /api/v1/service-units and who reads and writes them. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class ServiceUnitTest {

    @Test
    void aUnitIsCreatedReadReplacedAndDeletedWithItsVersion() {
        String pelayanan = competency("Pelayanan Prima");
        String code = code("LOKET");
        String parent = code("DISDUKCAPIL");
        Map<String, Object> body = unitBody(code, "Pemerintah Kota Sibolga", parent, List.of(pelayanan));
        as(admin()).contentType("application/json").body(body).post(UNITS).then().statusCode(201)
                .header("ETag", "\"0\"").header("Location", org.hamcrest.Matchers.endsWith(UNITS + "/" + code))
                .body("code", equalTo(code)).body("parentUnitCode", equalTo(parent))
                .body("serviceTypes", equalTo(List.of("KTP-el", "Kartu Keluarga")))
                .body("keyCompetencies", equalTo(List.of(pelayanan))).body("frontLineStaff", equalTo(6))
                .body("version", equalTo(0));
        as(admin()).contentType("application/json").body(body).post(UNITS).then().statusCode(409);

        Map<String, Object> changed = unitBody(null, "Pemerintah Kota Sibolga", parent, List.of());
        changed.put("frontLineStaff", 8);
        as(admin()).contentType("application/json").body(changed).put(UNITS + "/" + code).then().statusCode(428);
        as(admin()).contentType("application/json").header("If-Match", "\"7\"").body(changed)
                .put(UNITS + "/" + code).then().statusCode(412);
        as(admin()).contentType("application/json").header("If-Match", "\"0\"").body(changed)
                .put(UNITS + "/" + code).then().statusCode(200).header("ETag", "\"1\"")
                .body("frontLineStaff", equalTo(8)).body("keyCompetencies", equalTo(List.of()));
        as(admin()).get(UNITS + "/" + code).then().statusCode(200).header("ETag", "\"1\"");

        as(admin()).header("If-Match", "\"0\"").delete(UNITS + "/" + code).then().statusCode(412);
        as(admin()).header("If-Match", "\"1\"").delete(UNITS + "/" + code).then().statusCode(204);
        as(admin()).get(UNITS + "/" + code).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void keyCompetenciesMustBeKnownActiveAndListedOnce() {
        String pelayanan = competency("Pelayanan Prima");
        Map<String, Object> body = unitBody(code("LOKET"), "Pemerintah Kota Sibolga", "DISDUKCAPIL-SIBOLGA",
                List.of(pelayanan, "TIDAK-ADA", pelayanan));
        as(admin()).contentType("application/json").body(body).post(UNITS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("keyCompetencies[1]", "keyCompetencies[2]")));
    }

    @Test
    void aUnitWithResponsesIsKeptAsEvidence() {
        String unit = unit("DISDUKCAPIL-SIBOLGA");
        submit(integration(), unit, Map.of("responses", List.of(response("2026-10-05", 3, 3, 3, 3, 3, 3, 3, 3, 3))))
                .then().statusCode(201);
        as(admin()).header("If-Match", "\"0\"").delete(UNITS + "/" + unit).then().statusCode(409);
    }

    @Test
    void unitAdminsAndSupervisorsReadTheirParentUnitsServiceUnitsOnly() {
        String parent = code("PUSKESMAS");
        String agency = code("Pemkot");
        String own = code("LOKET");
        String other = code("LOKET");
        as(admin()).contentType("application/json").body(unitBody(own, agency, parent, List.of())).post(UNITS)
                .then().statusCode(201);
        as(admin()).contentType("application/json").body(unitBody(other, agency, "LAIN", List.of())).post(UNITS)
                .then().statusCode(201);

        for (DevIdentity reader : List.of(unitAdmin(parent), supervisor(parent), admin(), integration(),
                DevIdentity.system(Roles.EVALUATOR))) {
            as(reader).get(UNITS + "/" + own).then().statusCode(200);
        }
        as(unitAdmin(parent)).get(UNITS + "/" + other).then().statusCode(403);
        as(supervisor(parent)).get(UNITS + "/" + other).then().statusCode(403);
        as(DevIdentity.person(Roles.PARTICIPANT, "199001012020011001", parent)).get(UNITS + "/" + own).then()
                .statusCode(403);
        as(DevIdentity.system(Roles.CATALOG_MANAGER)).get(UNITS).then().statusCode(403);

        // Lists: by agency; a unit admin sees their own unit's only.
        as(admin()).queryParam("agency", agency).get(UNITS).then().statusCode(200).body("total", equalTo(2));
        as(unitAdmin(parent)).queryParam("agency", agency).get(UNITS).then().statusCode(200)
                .body("total", equalTo(1)).body("items.code", everyItem(equalTo(own)));

        // Writes are ADMIN's.
        as(unitAdmin(parent)).contentType("application/json").body(unitBody(code("LOKET"), agency, parent, List.of()))
                .post(UNITS).then().statusCode(403);
    }
}
