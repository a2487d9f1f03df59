package id.kompeten.evaluation.profile;

import static id.kompeten.evaluation.profile.CompetencyProfileTest.EVALUATOR;
import static id.kompeten.evaluation.profile.CompetencyProfileTest.assess;
import static id.kompeten.evaluation.profile.ProfileTestSupport.competency;
import static id.kompeten.evaluation.profile.ProfileTestSupport.completion;
import static id.kompeten.evaluation.profile.ProfileTestSupport.employee;
import static id.kompeten.evaluation.profile.ProfileTestSupport.id;
import static id.kompeten.evaluation.profile.ProfileTestSupport.nip;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.kompeten.evaluation.service.CompetencyProfileService;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevTokens;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Assessments, manual levels and reads through the HTTP API: inputs, idempotent creates, preconditions, access. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class CompetencyAssessmentTest {

    private static final String ASSESSMENTS = "/api/v1/employees/{nip}/competency-assessments";
    private static final String PROFILE = "/api/v1/employees/{nip}/competency-profile";
    private static final String LINE = PROFILE + "/{code}";
    private static final String ADMIN = DevTokens.bearer(Roles.ADMIN);

    @Inject
    CompetencyProfileService profiles;

    @Test
    void anAssessmentSetsTheLevelAndIsReadBackFromItsLocation() {
        String nip = nip();
        employee(nip, "DISDUKCAPIL-SIBOLGA", null);
        String code = competency(ProfileTestSupport.code(), true);

        String location = assess(nip, code, 3, LocalDate.of(2026, 11, 2), null).then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("level", equalTo(3)).body("method", equalTo("OBSERVATION")).body("previousLevel", nullValue())
                .body("assessedOn", equalTo("2026-11-02"))
                .extract().header("Location");
        org.junit.jupiter.api.Assertions.assertTrue(location.contains("/api/v1/employees/" + nip
                + "/competency-assessments/"), location);
        given().header("Authorization", EVALUATOR).get(location).then().statusCode(200)
                .body("competencyCode", equalTo(code)).body("nip", equalTo(nip));
        given().header("Authorization", EVALUATOR).get(PROFILE, nip).then().statusCode(200)
                .body("employee.name", equalTo("Pegawai " + nip.substring(12)))
                .body("employee.unitCode", equalTo("DISDUKCAPIL-SIBOLGA"))
                .body("competencies.competencyCode", equalTo(List.of(code)))
                .body("competencies[0].competencyName.id", equalTo("Pelayanan Prima"))
                .body("competencies[0].competencyType", equalTo("TEKNIS"))
                .body("competencies[0].level", equalTo(3))
                .body("competencies[0].source", equalTo("ASSESSMENT"))
                .body("competencies[0].courseId", nullValue())
                .body("competencies[0].obtainedOn", equalTo("2026-11-02"));
    }

    @Test
    void assessmentsDefaultToTodayAndListNewestFirst() {
        String nip = nip();
        employee(nip, "DISDUKCAPIL-SIBOLGA", null);
        String code = competency(ProfileTestSupport.code(), true);
        assess(nip, code, 2, LocalDate.of(2026, 1, 5), null).then().statusCode(201);
        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        assess(nip, code, 4, null, null).then().statusCode(201).body("assessedOn", equalTo(today))
                .body("previousLevel", equalTo(2));
        assess(nip, code, 3, LocalDate.of(2026, 3, 5), "Belum mandiri").then().statusCode(201);

        given().header("Authorization", EVALUATOR).get(ASSESSMENTS, nip).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.assessedOn", equalTo(List.of(today, "2026-03-05", "2026-01-05")));
    }

    @Test
    void badInputsAreRefusedNamingTheField() {
        String nip = nip();
        employee(nip, "DISDUKCAPIL-SIBOLGA", null);
        String code = competency(ProfileTestSupport.code(), true);
        String inactive = competency(ProfileTestSupport.code(), false);

        refused(assess(nip, code, 0, null, null), "level");
        refused(assess(nip, code, 6, null, null), "level");
        refused(assess(nip, "TIDAK-ADA", 3, null, null), "competencyCode");
        refused(assess(nip, inactive, 3, null, null), "competencyCode");
        refused(assess(nip, code, 3, LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1), null), "assessedOn");
        Map<String, Object> noEvidence = new HashMap<>(Map.of("competencyCode", code, "level", 3, "method", "TEST"));
        refused(given().header("Authorization", EVALUATOR).contentType(ContentType.JSON).body(noEvidence)
                .post(ASSESSMENTS, nip), "evidenceNote");

        assess(nip, code, 4, null, null).then().statusCode(201);
        refused(assess(nip, code, 2, null, null), "reason");
        refused(assess(nip, code, 2, null, "  "), "reason");
        assess(nip, code, 4, null, null).then().statusCode(201); // the same level needs no reason
        assess(nip, code, 2, null, "Belum mandiri").then().statusCode(201).body("reason", equalTo("Belum mandiri"));

        assess(nip(), code, 3, null, null).then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", EVALUATOR).get(PROFILE, nip()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswerAndRefusesAnotherBody() {
        String nip = nip();
        employee(nip, "DISDUKCAPIL-SIBOLGA", null);
        String code = competency(ProfileTestSupport.code(), true);
        Map<String, Object> body = Map.of("competencyCode", code, "level", 3, "method", "INTERVIEW",
                "evidenceNote", "Wawancara berbasis kompetensi");
        String key = id();

        String first = given().header("Authorization", EVALUATOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post(ASSESSMENTS, nip).then().statusCode(201)
                .extract().path("id");
        given().header("Authorization", EVALUATOR).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post(ASSESSMENTS, nip).then().statusCode(201).body("id", equalTo(first));
        Map<String, Object> other = new HashMap<>(body);
        other.put("level", 4);
        given().header("Authorization", EVALUATOR).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(other).post(ASSESSMENTS, nip).then().statusCode(422).contentType("application/problem+json");

        given().header("Authorization", EVALUATOR).get(ASSESSMENTS, nip).then().body("total", equalTo(1));
        given().header("Authorization", EVALUATOR).get(PROFILE + "/history", nip).then().body("total", equalTo(1));
    }

    @Test
    void anAdminSetsALevelByHandWithIfMatchOnceTheLineExists() {
        String nip = nip();
        employee(nip, "DISDUKCAPIL-SIBOLGA", null);
        String code = competency(ProfileTestSupport.code(), true);
        Map<String, Object> body = Map.of("level", 3, "reason", "Sertifikat Diklat SIAK 2019",
                "obtainedOn", "2019-08-15");

        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body).put(LINE, nip, code).then()
                .statusCode(201).header("ETag", "\"1\"").header("Location", endsWith(code))
                .body("source", equalTo("MANUAL")).body("obtainedOn", equalTo("2019-08-15"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body).put(LINE, nip, code).then()
                .statusCode(428);
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .put(LINE, nip, code).then().statusCode(412);
        given().header("Authorization", ADMIN).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("level", 2, "reason", "Koreksi data")).put(LINE, nip, code).then()
                .statusCode(200).header("ETag", "\"2\"").body("level", equalTo(2));
        refused(given().header("Authorization", ADMIN).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("level", 2)).put(LINE, nip, code), "reason");
        refused(given().header("Authorization", ADMIN).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("level", 6, "reason", "x")).put(LINE, nip, code), "level");
        given().header("Authorization", EVALUATOR).contentType(ContentType.JSON).body(body)
                .put(LINE, nip, ProfileTestSupport.code()).then().statusCode(403);
        given().header("Authorization", EVALUATOR).get(LINE, nip, ProfileTestSupport.code()).then().statusCode(404);
    }

    @Test
    void eachReaderSeesOnlyWhomTheyMay() {
        String nip = nip();
        String supervisor = nip();
        employee(nip, "DISDUKCAPIL-SIBOLGA", supervisor);
        String code = competency(ProfileTestSupport.code(), true);
        profiles.recordCompletion(completion(nip, id(), code, 3, Instant.parse("2026-11-20T03:00:00Z")), id());

        for (String allowed : List.of(DevTokens.bearer(Roles.PARTICIPANT, nip, "DISDUKCAPIL-SIBOLGA"),
                DevTokens.bearer(Roles.SUPERVISOR, supervisor, "DISDUKCAPIL-SIBOLGA"),
                DevTokens.bearer(Roles.UNIT_ADMIN, nip(), "DISDUKCAPIL-SIBOLGA"), EVALUATOR,
                DevTokens.bearer(Roles.INTEGRATION), ADMIN)) {
            given().header("Authorization", allowed).get(PROFILE, nip).then().statusCode(200)
                    .body("competencies[0].level", equalTo(3));
            given().header("Authorization", allowed).get(PROFILE + "/history", nip).then().statusCode(200);
            given().header("Authorization", allowed).get(ASSESSMENTS, nip).then().statusCode(200);
        }
        for (String refused : List.of(DevTokens.bearer(Roles.PARTICIPANT, nip(), "DISDUKCAPIL-SIBOLGA"),
                DevTokens.bearer(Roles.SUPERVISOR, nip(), "DISDUKCAPIL-SIBOLGA"),
                DevTokens.bearer(Roles.UNIT_ADMIN, nip(), "DINKES-SIBOLGA"))) {
            given().header("Authorization", refused).get(PROFILE, nip).then().statusCode(404)
                    .contentType("application/problem+json");
            given().header("Authorization", refused).get(PROFILE + "/history", nip).then().statusCode(404);
            given().header("Authorization", refused).get(ASSESSMENTS, nip).then().statusCode(404);
        }
        given().get(PROFILE, nip).then().statusCode(401);

        Map<String, Object> body = Map.of("competencyCode", code, "level", 3, "method", "TEST",
                "evidenceNote", "Tes tertulis");
        for (String notAnAssessor : List.of(DevTokens.bearer(Roles.PARTICIPANT, nip, "DISDUKCAPIL-SIBOLGA"),
                DevTokens.bearer(Roles.SUPERVISOR, supervisor, "DISDUKCAPIL-SIBOLGA"),
                DevTokens.bearer(Roles.UNIT_ADMIN, nip(), "DISDUKCAPIL-SIBOLGA"), DevTokens.bearer(Roles.INTEGRATION))) {
            given().header("Authorization", notAnAssessor).contentType(ContentType.JSON).body(body)
                    .post(ASSESSMENTS, nip).then().statusCode(403);
        }
        for (String assessor : List.of(EVALUATOR, ADMIN)) {
            given().header("Authorization", assessor).contentType(ContentType.JSON).body(body)
                    .post(ASSESSMENTS, nip).then().statusCode(201);
        }
    }

    private static void refused(io.restassured.response.Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(field)));
    }
}
