package id.kompeten.evaluation.recommendations;

import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.MAPS;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.admin;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.allFourBut;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.as;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.code;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.competency;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.course;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.employee;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.level;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.recommendations;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.serviceUnit;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.session;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.standard;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.survey;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.platform.runtime.AgencyConfig;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/units/{unitCode}/training-recommendations: a unit weak on staff behaviour (U7) is pointed to public
 * communication and excellent service courses by the defaults; an agency's own map overrides them; staff gaps show up
 * as reasons and rank first with the survey; the default period; access.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class TrainingRecommendationTest {

    /** A complete past month, whatever day the test runs. */
    private static final LocalDate SURVEYED = LocalDate.of(2026, 6, 10);

    @Inject
    AgencyConfig agency;

    @Test
    void aUnitWeakOnStaffBehaviourIsPointedToCommunicationAndExcellentServiceCoursesByTheDefaults() {
        String unit = code("DISDUKCAPIL");
        String loket = serviceUnit(code("Pemerintah Kota"), unit, List.of());
        // U7: 2, 3, 2, 3 → sum 10 of 4 responses, NRR 2.5000, × 25 = 62.50 (grade D); every other element 4 (100).
        survey(loket, SURVEYED, allFourBut(7, 2), allFourBut(7, 3), allFourBut(7, 2), allFourBut(7, 3));
        LocalDate today = LocalDate.now(agency.zone());
        String communication = course("Komunikasi Publik " + unit, "KOMUNIKASI-PUBLIK", 3);
        String open = session(communication, today.plusDays(40), "OPEN");
        String cancelled = session(communication, today.plusDays(50), "CANCELLED");
        String past = session(communication, today.minusDays(10), "OPEN");
        String service = course("Pelayanan Prima " + unit, "PELAYANAN-PRIMA", 2);
        String timeCourse = course("Manajemen Waktu " + unit, "MANAJEMEN-WAKTU", 3);

        JsonPath answer = as(admin()).header("Accept-Language", "en").queryParam("period", "2026-06")
                .get(recommendations(unit)).then().statusCode(200)
                .body("period", equalTo("2026-06")).body("periodSource", equalTo("REQUESTED"))
                .body("from", equalTo("2026-06-01")).body("to", equalTo("2026-06-30"))
                .body("serviceUnits", equalTo(List.of(loket))).body("mapSource", equalTo("DEFAULT"))
                .body("respondents", equalTo(4))
                .body("weakElements.code", equalTo(List.of("U7")))
                .body("weakElements[0].label", equalTo("Staff behaviour"))
                .body("weakElements[0].nrr", equalTo(2.5f)).body("weakElements[0].score", equalTo(62.5f))
                .body("weakElements[0].grade", equalTo("D"))
                .extract().jsonPath();
        // The defaults map U7 to public communication and excellent service, and to nothing else.
        assertEquals(List.of("KOMUNIKASI-PUBLIK", "PELAYANAN-PRIMA"),
                answer.getList("recommendations.competencyCode"));
        assertEquals(List.of("SKM"), answer.getList("recommendations[0].basis"));
        assertEquals(List.of("U7"), answer.getList("recommendations[0].elements.code"));
        assertTrue(answer.getList("recommendations[0].courses.id").contains(communication));
        assertTrue(answer.getList("recommendations[1].courses.id").contains(service));
        assertFalse(answer.getList("recommendations.courses.flatten().id").contains(timeCourse));
        Map<String, Object> course = answer.getMap("recommendations[0].courses.find { it.id == '" + communication
                + "' }");
        assertEquals(3, course.get("level"));
        List<Map<String, Object>> sessions = answer.getList("recommendations[0].courses.find { it.id == '"
                + communication + "' }.sessions");
        assertEquals(List.of(open), sessions.stream().map(s -> s.get("id")).toList(),
                "only the upcoming open session, not the cancelled nor the past one (" + cancelled + ", " + past + ")");
        assertEquals(12, sessions.get(0).get("seatsLeft"));
        assertEquals("Staff behaviour (U7) averaged 2.5000 of 4 in the citizen survey (62.50 on the 25-100 scale,"
                + " grade D).", answer.getString("recommendations[0].reason.en"));
        assertEquals("Perilaku Pelaksana (U7) rata-rata 2,5000 dari 4 dalam survei kepuasan masyarakat (62,50 pada"
                + " skala 25-100, mutu D).", answer.getString("recommendations[0].reason.id"));
    }

    @Test
    void anElementAtGradeBIsNotWeakAndOneJustBelowIs() {
        String unit = code("DISDUKCAPIL");
        String loket = serviceUnit(code("Pemerintah Kota"), unit, List.of());
        // 100 responses: U3 sum 307 → 76.75 (B, not weak); U8 sum 306 → 76.50 (C, weak): complaints handling.
        int[][] rows = new int[100][];
        for (int i = 0; i < 100; i++) {
            int[] row = {4, 4, 3, 4, 4, 4, 4, 3, 4};
            if (i < 7) {
                row[2] = 4;
            }
            if (i < 6) {
                row[7] = 4;
            }
            rows[i] = row;
        }
        survey(loket, SURVEYED, rows);
        as(admin()).queryParam("period", "2026-Q2").get(recommendations(unit)).then().statusCode(200)
                .body("weakElements.code", equalTo(List.of("U8")))
                .body("weakElements[0].score", equalTo(76.5f)).body("weakElements[0].grade", equalTo("C"))
                .body("recommendations.competencyCode", equalTo(List.of("PELAYANAN-PRIMA", "KOMUNIKASI-PUBLIK")));
    }

    @Test
    void theAgencysOwnMapOverridesTheDefaultsAndStaffGapsAreReasonsRankedWithTheSurveyFirst() {
        String agencyName = code("Pemerintah Kabupaten");
        String unit = code("KECAMATAN");
        String both = competency("ZZ-BOTH");
        String surveyOnly = competency("AA-SKM");
        String gapOnly = competency("MM-GAP");
        String loket = serviceUnit(agencyName, unit, List.of());
        survey(loket, SURVEYED, allFourBut(7, 1), allFourBut(7, 2));
        as(admin()).contentType("application/json")
                .body(Map.of("elements", Map.of("U7", List.of(surveyOnly, both))))
                .put(MAPS + agencyName).then().statusCode(201);
        String position = code("PENGADMINISTRASI");
        standard(position, both, 3, gapOnly, 2);
        String first = employee(unit, position, true);
        String second = employee(unit, position, true);
        level(first, both, 1);
        level(second, both, 3);
        String courseOfBoth = course("Kursus " + both, both, 3);

        JsonPath answer = as(admin()).header("Accept-Language", "en").queryParam("period", "2026")
                .get(recommendations(unit)).then().statusCode(200)
                .body("agency", equalTo(agencyName)).body("mapSource", equalTo("AGENCY"))
                .body("staff.active", equalTo(2)).body("staff.measured", equalTo(2))
                .extract().jsonPath();
        // Both sources first, then the survey's, then the gaps' own; not the defaults' KOMUNIKASI-PUBLIK.
        assertEquals(List.of(both, surveyOnly, gapOnly), answer.getList("recommendations.competencyCode"));
        assertEquals(List.of("SKM", "STAFF_GAP"), answer.getList("recommendations[0].basis"));
        assertEquals(List.of("STAFF_GAP"), answer.getList("recommendations[2].basis"));
        assertEquals(Map.of("staffMeasured", 2, "belowStandard", 1, "meanGap", 1.0f),
                answer.getMap("recommendations[0].staffGap"));
        assertEquals(Map.of("staffMeasured", 2, "belowStandard", 2, "meanGap", 2.0f),
                answer.getMap("recommendations[2].staffGap"));
        assertEquals("Staff behaviour (U7) averaged 1.5000 of 4 in the citizen survey (37.50 on the 25-100 scale,"
                + " grade D); 1 of 2 staff measured are below their position's standard, by 1.00 level(s) on"
                + " average.", answer.getString("recommendations[0].reason.en"));
        assertEquals("2 dari 2 pegawai yang diukur berada di bawah standar jabatannya, rata-rata kurang 2,00 level.",
                answer.getString("recommendations[2].reason.id"));
        assertEquals(List.of(courseOfBoth), answer.getList("recommendations[0].courses.id"));
        assertEquals(List.of(), answer.getList("recommendations[0].courses[0].sessions"));
    }

    @Test
    void withoutAPeriodTheLastThreeCompleteMonthsAreUsedAndSaidSo() {
        String unit = code("PUSKESMAS");
        String loket = serviceUnit(code("Pemerintah Kota"), unit, List.of());
        YearMonth current = YearMonth.now(agency.zone());
        survey(loket, current.minusMonths(1).atDay(1), allFourBut(3, 1));
        survey(loket, current.minusMonths(4).atDay(1), allFourBut(7, 1)); // outside the three months
        as(admin()).get(recommendations(unit)).then().statusCode(200)
                .body("period", nullValue()).body("periodSource", equalTo("LAST_3_COMPLETE_MONTHS"))
                .body("from", equalTo(current.minusMonths(3).atDay(1).toString()))
                .body("to", equalTo(current.minusMonths(1).atEndOfMonth().toString()))
                .body("respondents", equalTo(1)).body("weakElements.code", equalTo(List.of("U3")))
                .body("recommendations.competencyCode",
                        equalTo(List.of("SIAK", "MANAJEMEN-WAKTU", "PELAYANAN-PRIMA")));
    }

    @Test
    void unitReadersTheirOwnUnitOthers403UnknownUnits404BadPeriods400() {
        String unit = code("KELURAHAN");
        serviceUnit(code("Pemerintah Kota"), unit, List.of());
        as(DevIdentity.person(Roles.UNIT_ADMIN, "197001012000011001", unit)).get(recommendations(unit))
                .then().statusCode(200);
        as(DevIdentity.person(Roles.SUPERVISOR, "197001012000011002", unit)).get(recommendations(unit))
                .then().statusCode(200);
        as(DevIdentity.system(Roles.EVALUATOR)).get(recommendations(unit)).then().statusCode(200);
        as(DevIdentity.system(Roles.INTEGRATION)).get(recommendations(unit)).then().statusCode(200);
        as(DevIdentity.person(Roles.UNIT_ADMIN, "197001012000011001", "OTHER-UNIT")).get(recommendations(unit))
                .then().statusCode(403);
        as(DevIdentity.person(Roles.SUPERVISOR, "197001012000011002", "OTHER-UNIT")).get(recommendations(unit))
                .then().statusCode(403);
        as(DevIdentity.person(Roles.PARTICIPANT, "197001012000011003", unit)).get(recommendations(unit))
                .then().statusCode(403);
        as(admin()).get(recommendations(code("NOWHERE"))).then().statusCode(404)
                .contentType("application/problem+json");
        for (String period : List.of("2026-Q5", "2026-13", "2026-S3")) {
            as(admin()).queryParam("period", period).get(recommendations(unit)).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", equalTo(List.of("period")));
        }
        as(admin()).queryParam("period", "2026-Q5").get(recommendations(unit)).then()
                .body("errors.field", not(hasItem("unitCode")));
    }
}
