package id.kompeten.evaluation.servicequality;

import static id.kompeten.evaluation.servicequality.ReportingTestSupport.competencies;
import static id.kompeten.evaluation.servicequality.ReportingTestSupport.completion;
import static id.kompeten.evaluation.servicequality.ReportingTestSupport.employee;
import static id.kompeten.evaluation.servicequality.ReportingTestSupport.level;
import static id.kompeten.evaluation.servicequality.ReportingTestSupport.operations;
import static id.kompeten.evaluation.servicequality.ReportingTestSupport.standard;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.admin;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.as;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.batch;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.code;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.submit;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.unitAdmin;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.domain.ReportingPeriods;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/dashboard/overview on a small agency whose every figure is worked out by hand below; its conditional
 * GET; its parameters and roles.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class DashboardTest {

    private static final String OVERVIEW = "/api/v1/dashboard/overview";
    private static final int[] ALL_4 = {4, 4, 4, 4, 4, 4, 4, 4, 4};
    private static final int[] ALL_3 = {3, 3, 3, 3, 3, 3, 3, 3, 3};
    private static final int[] ALL_1 = {1, 1, 1, 1, 1, 1, 1, 1, 1};
    private static final int[] MOSTLY_2 = {2, 2, 2, 2, 2, 2, 2, 2, 1};

    /** A small agency: its name, its units (U1, U2 with figures; U3 shares U1's parent and has none). */
    record Agency(String name, String u1, String u2, String u3, String p1, String p2) {
    }

    /**
     * 2026-Q3 against 2026-Q2.
     * <ul>
     * <li>U1: Q3 all-4 and all-3 (n 2, Σ 63, IKM 25 × 63 / 18 = 87.50 B); Q2 all-3 (75.00 C); change 12.50; an October
     * all-1 response is outside. Operations Jul 100 tx at 10 min, 4 complaints; Aug 300 tx at 20 min, 2: waiting
     * (1000 + 6000) / 400 = 17.50, complaints 6, transactions 400; an October record is outside.</li>
     * <li>U2: Q3 one response Σ 17 (47.22 D); no Q2: previous null, change null.</li>
     * <li>Agency: Q3 n 3, Σ 80, 25 × 80 / 27 = 74.07 C (not the mean of the units' 87.50 and 47.22); Q2 75.00;
     * change -0.93.</li>
     * <li>P1 (U1, U3): active e1..e4 (e5 inactive). To 2026-09-30 (Jakarta): e1 12 + 8 = 20 JP (compliant at exactly
     * 20), e2 24 JP on October 5 (after the period: neither), e3 16 JP (+ 8 JP at 2026-09-30T17:30Z, which is October
     * 1 in Jakarta), e4 40 JP in 2025 (last year). Trained e1, e3: 2 / 4 = 0.5000; compliant 1, behind 3,
     * 0.2500.</li>
     * <li>P2 (U2): active f1, f2. f1 30 JP for P2; f2 20 JP recorded for another unit (counts for compliance, not for
     * P2's trained share). Trained 1 / 2 = 0.5000; compliant 2 / 2 = 1.0000.</li>
     * <li>Agency staff 6, compliant 3, behind 3, 0.5000.</li>
     * <li>Gaps: position POS (e1..e4) requires K-A and K-B at level 2; f1, f2 hold positions without a standard; the
     * levels below make K-B (3 below, mean gap 1.25) worse than K-A (2 below, 0.75).</li>
     * </ul>
     */
    private Agency agency() {
        String name = "Kabupaten Uji " + UUID.randomUUID();
        String p1 = code("ORG");
        String p2 = code("ORG");
        String u1 = ReportingTestSupport.unit(name, p1);
        String u2 = ReportingTestSupport.unit(name, p2);
        String u3 = ReportingTestSupport.unit(name, p1);
        ReportingTestSupport.unit("Another agency " + UUID.randomUUID(), p1); // not this agency's

        submit(admin(), u1, batch("2026-08-10", new int[][] {ALL_4, ALL_3})).then().statusCode(201);
        submit(admin(), u1, batch("2026-05-10", new int[][] {ALL_3})).then().statusCode(201);
        submit(admin(), u1, batch("2026-10-01", new int[][] {ALL_1})).then().statusCode(201);
        submit(admin(), u2, batch("2026-07-05", new int[][] {MOSTLY_2})).then().statusCode(201);
        operations(u1, "2026-07", 100, "10", 4, 3);
        operations(u1, "2026-08", 300, "20", 2, 2);
        operations(u1, "2026-10", 999, "99", 9, 9);

        String position = code("POS");
        List<String> k = competencies(code("K"), 2);
        standard(position, k, 2);
        String e1 = employee(p1, position, true);
        String e2 = employee(p1, position, true);
        String e3 = employee(p1, position, true);
        String e4 = employee(p1, position, true);
        employee(p1, position, false);
        String f1 = employee(p2, code("NOSTD"), true);
        String f2 = employee(p2, code("NOSTD"), true);
        employee(code("ORG"), position, true); // another unit's: neither staff nor gaps

        completion(e1, p1, 12, "2026-02-10T03:00:00Z");
        completion(e1, p1, 8, "2026-09-15T03:00:00Z");
        completion(e2, p1, 24, "2026-10-05T03:00:00Z");
        completion(e3, p1, 16, "2026-03-01T03:00:00Z");
        completion(e3, p1, 8, "2026-09-30T17:30:00Z");
        completion(e4, p1, 40, "2025-12-20T03:00:00Z");
        completion(f1, p2, 30, "2026-01-20T03:00:00Z");
        completion(f2, code("ORG"), 20, "2026-04-01T03:00:00Z");

        // K-A at 2: e1 2, e2 1, e3 none, e4 2 -> below 2 (e2, e3), gaps 0 + 1 + 2 + 0 = 3 / 4 = 0.75.
        // K-B at 2: e1 1, e4 2 -> below 3 (e1, e2, e3), gaps 1 + 2 + 2 + 0 = 5 / 4 = 1.25. So K-B first.
        level(e1, k.get(0), 2);
        level(e2, k.get(0), 1);
        level(e4, k.get(0), 2);
        level(e1, k.get(1), 1);
        level(e4, k.get(1), 2);
        return new Agency(name, u1, u2, u3, p1, p2);
    }

    @Test
    void theFiguresOfASmallAgencyWorkedByHand() {
        Agency agency = agency();
        ValidatableResponse answer = overview(admin(), agency.name(), "2026-Q3", "en").statusCode(200)
                .header("Cache-Control", equalTo("private, max-age=30"))
                .body("agency", equalTo(agency.name())).body("period", equalTo("2026-Q3"))
                .body("from", equalTo("2026-07-01")).body("to", equalTo("2026-09-30"))
                .body("previousPeriod", equalTo("2026-Q2"))
                .body("units.code", equalTo(List.of(agency.u1(), agency.u2(), agency.u3()).stream().sorted().toList()));
        String u1 = "units.find { it.code == '" + agency.u1() + "' }.";
        String u2 = "units.find { it.code == '" + agency.u2() + "' }.";
        String u3 = "units.find { it.code == '" + agency.u3() + "' }.";
        answer.body(u1 + "respondents", equalTo(2)).body(u1 + "ikm", equalTo(87.5f)).body(u1 + "grade", equalTo("B"))
                .body(u1 + "gradeLabel", equalTo("Good")).body(u1 + "previousRespondents", equalTo(1))
                .body(u1 + "previousIkm", equalTo(75.0f)).body(u1 + "ikmChange", equalTo(12.5f))
                .body(u1 + "meanWaitingMinutes", equalTo(17.5f)).body(u1 + "complaintsReceived", equalTo(6))
                .body(u1 + "transactions", equalTo(400)).body(u1 + "parentUnitCode", equalTo(agency.p1()))
                .body(u1 + "staff.activeStaff", equalTo(4)).body(u1 + "staff.staffTrainedThisYear", equalTo(2))
                .body(u1 + "staff.trainedShare", equalTo(0.5f)).body(u1 + "staff.jpCompliant", equalTo(1))
                .body(u1 + "staff.jpBehind", equalTo(3)).body(u1 + "staff.jpComplianceShare", equalTo(0.25f));
        answer.body(u2 + "respondents", equalTo(1)).body(u2 + "ikm", equalTo(47.22f)).body(u2 + "grade", equalTo("D"))
                .body(u2 + "previousRespondents", equalTo(0)).body(u2 + "previousIkm", nullValue())
                .body(u2 + "ikmChange", nullValue()).body(u2 + "meanWaitingMinutes", nullValue())
                .body(u2 + "transactions", nullValue())
                .body(u2 + "staff.activeStaff", equalTo(2)).body(u2 + "staff.trainedShare", equalTo(0.5f))
                .body(u2 + "staff.jpCompliant", equalTo(2)).body(u2 + "staff.jpComplianceShare", equalTo(1.0f));
        answer.body(u3 + "respondents", equalTo(0)).body(u3 + "ikm", nullValue()).body(u3 + "grade", nullValue())
                .body(u3 + "gradeLabel", nullValue()).body(u3 + "staff.jpCompliant", equalTo(1));
        answer.body("totals.units", equalTo(3)).body("totals.respondents", equalTo(3))
                .body("totals.ikm", equalTo(74.07f)).body("totals.grade", equalTo("C"))
                .body("totals.gradeLabel", equalTo("Fair")).body("totals.previousIkm", equalTo(75.0f))
                .body("totals.ikmChange", equalTo(-0.93f)).body("totals.staff", equalTo(6))
                .body("totals.jpCompliant", equalTo(3)).body("totals.jpBehind", equalTo(3))
                .body("totals.jpComplianceShare", equalTo(0.5f));
        answer.body("topGaps.belowStandard", equalTo(List.of(3, 2))).body("topGaps.staffMeasured", equalTo(List.of(4, 4)))
                .body("topGaps.meanGap", equalTo(List.of(1.25f, 0.75f)))
                .body("topGaps[0].competencyName", not(nullValue()));

        overview(admin(), agency.name(), "2026-Q3", "id").statusCode(200)
                .body(u1 + "gradeLabel", equalTo("Baik")).body("totals.gradeLabel", equalTo("Kurang Baik"));
        overview(admin(), "Nobody " + UUID.randomUUID(), "2026-Q3", "en").statusCode(200)
                .body("units", equalTo(List.of())).body("totals.units", equalTo(0))
                .body("totals.ikm", nullValue()).body("totals.jpComplianceShare", nullValue())
                .body("topGaps", equalTo(List.of()));
    }

    @Test
    void theSameAnswerIs304WithItsTagAndANewSurveyBatchGivesANewTag() {
        Agency agency = agency();
        String tag = overview(admin(), agency.name(), "2026-Q3", "en").statusCode(200).extract().header("ETag");
        assertEquals('"', tag.charAt(0), "a strong tag, quoted");
        as(admin()).header("If-None-Match", tag).header("Accept-Language", "en")
                .queryParam("agency", agency.name()).queryParam("period", "2026-Q3").get(OVERVIEW).then()
                .statusCode(304).header("ETag", equalTo(tag)).header("Cache-Control", equalTo("private, max-age=30"))
                .body(emptyString());
        // Another caller, the same figures: the same tag (the tag does not depend on who asks).
        overview(DevIdentity.system(Roles.EVALUATOR), agency.name(), "2026-Q3", "en").statusCode(200)
                .header("ETag", equalTo(tag));
        String indonesian = overview(admin(), agency.name(), "2026-Q3", "id").extract().header("ETag");
        assertNotEquals(tag, indonesian, "each language its own tag");

        submit(admin(), agency.u2(), batch("2026-09-01", new int[][] {ALL_4})).then().statusCode(201);
        String after = as(admin()).header("If-None-Match", tag).header("Accept-Language", "en")
                .queryParam("agency", agency.name()).queryParam("period", "2026-Q3").get(OVERVIEW).then()
                .statusCode(200).body("totals.respondents", equalTo(4)).extract().header("ETag");
        assertNotEquals(tag, after);
    }

    @Test
    void withoutAPeriodTheLastCompleteQuarter() {
        Period expected = ReportingPeriods.lastComplete(Period.Kind.QUARTER,
                LocalDate.now(ZoneId.of("Asia/Jakarta")));
        overview(admin(), "Nobody " + UUID.randomUUID(), null, "en").statusCode(200)
                .body("period", equalTo(expected.text()))
                .body("previousPeriod", equalTo(ReportingPeriods.previous(expected).text()));
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        for (String agency : new String[] {null, "", "  "}) {
            overview(admin(), agency, "2026-Q3", "en").statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("agency")));
        }
        for (String period : List.of("2026-Q5", "2026-13", "2026-S3", "26-1")) {
            overview(admin(), "Pemerintah Kota Sibolga", period, "en").statusCode(400)
                    .contentType("application/problem+json").body("errors.field", equalTo(List.of("period")));
        }
    }

    @Test
    void onlyAdminEvaluatorAndIntegrationReadTheOverview() {
        String agency = "Pemerintah Kota Sibolga";
        overview(unitAdmin("DISDUKCAPIL-SIBOLGA"), agency, "2026-Q3", "en").statusCode(403);
        overview(DevIdentity.person(Roles.PARTICIPANT, "198703122010011004", "DISDUKCAPIL-SIBOLGA"), agency,
                "2026-Q3", "en").statusCode(403);
        overview(ServiceQualityTestSupport.supervisor("DISDUKCAPIL-SIBOLGA"), agency, "2026-Q3", "en")
                .statusCode(403);
        overview(DevIdentity.system(Roles.INTEGRATION), agency, "2026-Q3", "en").statusCode(200);
        overview(DevIdentity.system(Roles.EVALUATOR), agency, "2026-Q3", "en").statusCode(200);
        io.restassured.RestAssured.given().queryParam("agency", agency).get(OVERVIEW).then().statusCode(401);
    }

    private static ValidatableResponse overview(DevIdentity who, String agency, String period, String language) {
        var request = as(who).header("Accept-Language", language);
        if (agency != null) {
            request.queryParam("agency", agency);
        }
        if (period != null) {
            request.queryParam("period", period);
        }
        return request.get(OVERVIEW).then();
    }
}
