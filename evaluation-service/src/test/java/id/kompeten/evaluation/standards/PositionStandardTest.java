package id.kompeten.evaluation.standards;

import static id.kompeten.evaluation.standards.StandardsTestSupport.POSITIONS;
import static id.kompeten.evaluation.standards.StandardsTestSupport.admin;
import static id.kompeten.evaluation.standards.StandardsTestSupport.as;
import static id.kompeten.evaluation.standards.StandardsTestSupport.code;
import static id.kompeten.evaluation.standards.StandardsTestSupport.competency;
import static id.kompeten.evaluation.standards.StandardsTestSupport.createStandard;
import static id.kompeten.evaluation.standards.StandardsTestSupport.deactivatedCompetency;
import static id.kompeten.evaluation.standards.StandardsTestSupport.standardBody;
import static id.kompeten.evaluation.standards.StandardsTestSupport.standardPath;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.Race;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PUT/GET/DELETE /api/v1/positions/{code}/competency-standard and the position list. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class PositionStandardTest {

    private String pelayanan;
    private String komunikasi;
    private String position;

    @BeforeEach
    void setUp() {
        pelayanan = competency("PELAYANAN", "Pelayanan Prima");
        komunikasi = competency("KOMUNIKASI", "Komunikasi Publik");
        position = code("PENGADMINISTRASI");
    }

    @Test
    void aStandardIsCreatedReadReplacedAndDeletedWithItsVersion() {
        Response created = as(admin()).contentType("application/json")
                .body(standardBody("  Pengadministrasi Layanan  ", pelayanan, 3, komunikasi, 2))
                .put(standardPath(position));
        created.then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("positionName", equalTo("Pengadministrasi Layanan"))
                .body("requirements.competencyCode", equalTo(sorted(pelayanan, komunikasi)))
                .body("requirements.find { it.competencyCode == '" + pelayanan + "' }.minLevel", equalTo(3))
                .body("requirements.find { it.competencyCode == '" + pelayanan + "' }.competencyName.id", equalTo("Pelayanan Prima"))
                .body("updatedBy", equalTo(admin().subject()))
                .body("version", equalTo(0));
        assertTrue(created.header("Location").endsWith(standardPath(position)));

        // Any signed-in role reads.
        as(DevIdentity.person(Roles.PARTICIPANT, "198703122010011004", "DISDUKCAPIL-SIBOLGA"))
                .get(standardPath(position)).then().statusCode(200).header("ETag", "\"0\"");

        as(admin()).contentType("application/json").header("If-Match", "\"0\"")
                .body(standardBody("Pengadministrasi Layanan", pelayanan, 4))
                .put(standardPath(position)).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("requirements.competencyCode", equalTo(List.of(pelayanan)))
                .body("requirements[0].minLevel", equalTo(4));

        // The same standard again changes nothing, not even the version.
        as(admin()).contentType("application/json").header("If-Match", "\"1\"")
                .body(standardBody("Pengadministrasi Layanan", pelayanan, 4))
                .put(standardPath(position)).then().statusCode(200).header("ETag", "\"1\"");

        as(admin()).get(POSITIONS + "?size=200&sort=updatedAt,desc").then().statusCode(200)
                .body("items.positionCode", hasItem(position))
                .body("items.find { it.positionCode == '" + position + "' }.requirements", equalTo(1));

        as(admin()).delete(standardPath(position)).then().statusCode(428);
        as(admin()).header("If-Match", "\"0\"").delete(standardPath(position)).then().statusCode(412);
        as(admin()).header("If-Match", "\"1\"").delete(standardPath(position)).then().statusCode(204);
        as(admin()).get(standardPath(position)).then().statusCode(404)
                .body("detail", equalTo("Competency standard of position '" + position + "' was not found."));
        as(admin()).header("If-Match", "\"1\"").delete(standardPath(position)).then().statusCode(404);
    }

    @Test
    void replacingNeedsTheCurrentVersion() {
        createStandard(position, "Pengadministrasi Layanan", pelayanan, 3);
        as(admin()).contentType("application/json").body(standardBody("Lain", pelayanan, 2))
                .put(standardPath(position)).then().statusCode(428)
                .contentType("application/problem+json");
        as(admin()).contentType("application/json").header("If-Match", "\"7\"")
                .body(standardBody("Lain", pelayanan, 2))
                .put(standardPath(position)).then().statusCode(412)
                .body("detail", equalTo("The resource has changed since you read it (its current ETag is \"0\");"
                        + " read it again and retry."));
        // If-Match for a position without a standard: the version meant is gone; nothing is created.
        String other = code("LAIN");
        as(admin()).contentType("application/json").header("If-Match", "\"0\"")
                .body(standardBody("Lain", pelayanan, 2))
                .put(standardPath(other)).then().statusCode(412);
        as(admin()).get(standardPath(other)).then().statusCode(404);
        as(admin()).get(standardPath(position)).then().statusCode(200).body("requirements[0].minLevel", equalTo(3));
    }

    @Test
    void onlyAdminWrites() {
        for (DevIdentity caller : List.of(DevIdentity.system(Roles.INTEGRATION),
                DevIdentity.person(Roles.EVALUATOR, "198001012005011001", "BKPSDM-SIBOLGA"),
                DevIdentity.person(Roles.UNIT_ADMIN, "198001012005011002", "DISDUKCAPIL-SIBOLGA"))) {
            as(caller).contentType("application/json").body(standardBody("Pengadministrasi", pelayanan, 3))
                    .put(standardPath(position)).then().statusCode(403);
        }
        io.restassured.RestAssured.given().get(standardPath(position)).then().statusCode(401);
        as(admin()).get(standardPath(position)).then().statusCode(404);
    }

    @Test
    void everyFaultOfTheRequirementsIsA400NamingItsField() {
        String old = deactivatedCompetency("LAMA");
        String unknown = code("TIDAK-ADA");
        as(admin()).contentType("application/json")
                .body(standardBody("Pengadministrasi", pelayanan, 3, unknown, 2, old, 2, pelayanan, 4))
                .put(standardPath(position)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("requirements[1].competencyCode",
                        "requirements[2].competencyCode", "requirements[3].competencyCode")))
                .body("errors.message", equalTo(List.of(
                        "no competency with code '" + unknown + "' in the catalogue",
                        "competency '" + old + "' has been deactivated",
                        "competency '" + pelayanan + "' is already required by requirements[0]")));
        as(admin()).contentType("application/json").header("Accept-Language", "id")
                .body(standardBody("Pengadministrasi", unknown, 2))
                .put(standardPath(position)).then().statusCode(400)
                .body("errors[0].message", equalTo("tidak ada kompetensi dengan kode '" + unknown + "' di katalog"));

        for (int level : new int[] {0, 6}) {
            as(admin()).contentType("application/json").body(standardBody("Pengadministrasi", komunikasi, 2,
                            pelayanan, level))
                    .put(standardPath(position)).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("requirements[1].minLevel")));
        }
        as(admin()).contentType("application/json").body(Map.of("positionName", "Pengadministrasi",
                        "requirements", List.of()))
                .put(standardPath(position)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("requirements")));
        as(admin()).contentType("application/json").body(standardBody("Pengadministrasi", pelayanan, 3))
                .put(standardPath("pengadministrasi")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("code")));
        as(admin()).get(standardPath(position)).then().statusCode(404);
    }

    /**
     * Several admins replace one standard at once, all from the same version: exactly one wins, the others get 412,
     * and the stored standard is the winner's whole (name and requirements), never a mix.
     */
    @Test
    void concurrentReplacementsFromOneVersionLeaveExactlyOneWinnerWhole() throws Exception {
        String siak = competency("SIAK", "Sistem Informasi Administrasi Kependudukan");
        String etag = createStandard(position, "Awal", pelayanan, 1);
        int racers = 6;
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            // Each body its own name and its own set of requirements, so a mix would show.
            bodies.add(i % 2 == 0
                    ? standardBody("Versi " + i, pelayanan, 1 + i % 5, komunikasi, 1 + (i + 1) % 5)
                    : standardBody("Versi " + i, siak, 1 + i % 5));
        }
        List<Callable<Integer>> puts = new ArrayList<>();
        for (Map<String, Object> body : bodies) {
            puts.add(() -> as(admin()).contentType("application/json").header("If-Match", etag).body(body)
                    .put(standardPath(position)).statusCode());
        }
        List<Integer> statuses = Race.atOnce(puts, Duration.ofSeconds(60));
        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertEquals(racers - 1, statuses.stream().filter(status -> status == 412).count(), statuses.toString());

        Map<String, Object> winner = bodies.get(statuses.indexOf(200));
        Response stored = as(admin()).get(standardPath(position));
        stored.then().statusCode(200).header("ETag", "\"1\"").body("positionName", equalTo(winner.get(
                "positionName")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> expected = (List<Map<String, Object>>) winner.get("requirements");
        List<String> storedLines = stored.jsonPath().getList("requirements", Map.class).stream()
                .map(line -> line.get("competencyCode") + ":" + line.get("minLevel")).sorted().toList();
        assertEquals(expected.stream().map(line -> line.get("competencyCode") + ":" + line.get("minLevel"))
                .sorted().toList(), storedLines);
    }

    /**
     * Several admins create one standard at once: exactly one 201; the others 409 (their insert met the winner's) or,
     * arriving after it committed, 428 (the standard exists, so a change needs If-Match). Never a deadlock or a 500.
     */
    @Test
    void concurrentCreatesLeaveOneStandard() throws Exception {
        int racers = 6;
        List<Callable<Integer>> creates = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            Map<String, Object> body = standardBody("Versi " + i, pelayanan, 1 + i % 5);
            creates.add(() -> as(admin()).contentType("application/json").body(body).put(standardPath(position))
                    .statusCode());
        }
        List<Integer> statuses = Race.atOnce(creates, Duration.ofSeconds(60));
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(status -> status == 201 || status == 409 || status == 428),
                statuses.toString());
        as(admin()).get(standardPath(position)).then().statusCode(200).header("ETag", "\"0\"");
    }

    private static List<String> sorted(String... codes) {
        return java.util.Arrays.stream(codes).sorted().toList();
    }
}
