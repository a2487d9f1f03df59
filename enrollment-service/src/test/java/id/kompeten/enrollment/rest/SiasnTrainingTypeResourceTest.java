package id.kompeten.enrollment.rest;

import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static id.kompeten.enrollment.ParticipantTestSupport.integration;
import static id.kompeten.enrollment.ParticipantTestSupport.newNip;
import static id.kompeten.enrollment.ParticipantTestSupport.newUnit;
import static id.kompeten.enrollment.ParticipantTestSupport.participant;
import static id.kompeten.enrollment.ParticipantTestSupport.unitAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editable SIASN training-type mapping: seeded defaults, If-Match, ADMIN only for changes. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class SiasnTrainingTypeResourceTest {

    static final String TYPES = "/api/v1/siasn/training-types";

    @Test
    void theDefaultsAreSeeded() {
        as(integration()).get(TYPES).then().statusCode(200)
                .body("category", contains("TECHNICAL", "MANAGERIAL", "SOCIO_CULTURAL", "SEMINAR", "E_LEARNING"))
                .body("jenisDiklatName", contains("Diklat Teknis", "Pelatihan Manajerial", "Pelatihan Sosial Kultural",
                        "Seminar", "E-Learning"));
        // Other tests change E_LEARNING and put it back; these stay the defaults.
        as(admin()).get(TYPES + "/TECHNICAL").then().statusCode(200).body("jenisDiklatId", equalTo("3"));
        as(admin()).get(TYPES + "/MANAGERIAL").then().statusCode(200).body("jenisDiklatId", equalTo("5"));
        as(admin()).get(TYPES + "/SOCIO_CULTURAL").then().statusCode(200).body("jenisDiklatId", equalTo("6"));
        as(admin()).get(TYPES + "/SEMINAR").then().statusCode(200).body("jenisDiklatId", equalTo("9"));
    }

    @Test
    void anAdminChangesAMappingWithItsETag() {
        String etag = as(admin()).get(TYPES + "/E_LEARNING").then().statusCode(200).extract().header("ETag");
        String changed = as(admin()).header("If-Match", etag)
                .body(Map.of("jenisDiklatId", "17", "jenisDiklatName", " Pelatihan Jarak Jauh "))
                .put(TYPES + "/E_LEARNING").then().statusCode(200)
                .body("jenisDiklatId", equalTo("17"))
                .body("jenisDiklatName", equalTo("Pelatihan Jarak Jauh"))
                .body("updatedBy", equalTo(admin().subject()))
                .extract().header("ETag");
        // The old ETag is stale now.
        as(admin()).header("If-Match", etag).body(Map.of("jenisDiklatId", "16", "jenisDiklatName", "E-Learning"))
                .put(TYPES + "/E_LEARNING").then().statusCode(412);
        as(admin()).header("If-Match", changed).body(Map.of("jenisDiklatId", "16", "jenisDiklatName", "E-Learning"))
                .put(TYPES + "/E_LEARNING").then().statusCode(200).body("jenisDiklatId", equalTo("16"));
    }

    @Test
    void changesNeedIfMatchAndValidValues() {
        Map<String, String> body = Map.of("jenisDiklatId", "16", "jenisDiklatName", "E-Learning");
        as(admin()).body(body).put(TYPES + "/E_LEARNING").then().statusCode(428);
        as(admin()).header("If-Match", "\"0\"").header("Accept-Language", "id")
                .body(Map.of("jenisDiklatId", "tiga", "jenisDiklatName", ""))
                .put(TYPES + "/E_LEARNING").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("jenisDiklatId", "jenisDiklatName"));
        as(admin()).header("If-Match", "\"0\"").body(body).put(TYPES + "/WEBINAR").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("WEBINAR"));
    }

    @Test
    void onlyAdminChangesAndOnlyAdminAndIntegrationRead() {
        String unit = newUnit();
        as(unitAdmin(unit)).get(TYPES).then().statusCode(403);
        as(participant(newNip(), unit)).get(TYPES + "/TECHNICAL").then().statusCode(403);
        as(integration()).header("If-Match", "\"0\"").body(Map.of("jenisDiklatId", "3", "jenisDiklatName", "x"))
                .put(TYPES + "/TECHNICAL").then().statusCode(403);
    }
}
