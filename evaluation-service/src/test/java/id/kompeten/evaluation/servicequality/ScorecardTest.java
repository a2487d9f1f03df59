package id.kompeten.evaluation.servicequality;

import static id.kompeten.evaluation.servicequality.ReportingTestSupport.competencies;
import static id.kompeten.evaluation.servicequality.ReportingTestSupport.completion;
import static id.kompeten.evaluation.servicequality.ReportingTestSupport.employee;
import static id.kompeten.evaluation.servicequality.ReportingTestSupport.level;
import static id.kompeten.evaluation.servicequality.ReportingTestSupport.operations;
import static id.kompeten.evaluation.servicequality.ReportingTestSupport.standard;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.UNITS;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.admin;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.as;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.batch;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.code;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.submit;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.supervisor;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.unitAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/service-units/{code}/scorecard: the trend of the last complete periods (relative to today in the
 * agency's zone, so the data is placed relative to today too), the parent unit's staff this year, the top 5 gaps;
 * parameters and access.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class ScorecardTest {

    private static final int[] ALL_4 = {4, 4, 4, 4, 4, 4, 4, 4, 4};
    private static final int[] ALL_3 = {3, 3, 3, 3, 3, 3, 3, 3, 3};
    private static final int[] ALL_2 = {2, 2, 2, 2, 2, 2, 2, 2, 2};

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }

    /**
     * Months m-3, m-2, m-1 (m the current month). m-1: all-4 and all-3 (87.50 B), operations 200 tx at 12.5 min,
     * 3 complaints received, 1 resolved; m-2: all-2 (50.00 D), no operations; m-3: nothing; m (incomplete): an all-4
     * response that must not count.
     * <p>
     * Parent unit this year: e1 20 JP (compliant), e2 10 JP this year + 40 JP last year (behind), e3 none (behind);
     * someone of another unit with 30 JP recorded for their own unit counts nowhere; a person who left (inactive) with
     * 30 JP recorded for the parent unit still counts as trained this year (the unit training record's rule: its share
     * can exceed 1), not as staff. So 3 active, trained e1, e2 and the leaver (3 / 3 = 1.0000), compliant 1 / 3 =
     * 0.3333.
     * <p>
     * Gaps: position requires K-A..K-F at level 2; levels give below counts A 3, B 2, C 1 (mean gap 0.67), D, E, F 1
     * (0.33 each): the top 5 are A, B, C, D, E (F cut, ties by code).
     */
    @Test
    void trendStaffAndTopGapsWorkedByHand() {
        String parent = code("ORG");
        String unit = ReportingTestSupport.unit("Kota Uji Scorecard", parent);
        YearMonth m = YearMonth.from(today());
        submit(admin(), unit, batch(m.minusMonths(1).atDay(10).toString(), new int[][] {ALL_4, ALL_3}))
                .then().statusCode(201);
        submit(admin(), unit, batch(m.minusMonths(2).atDay(10).toString(), new int[][] {ALL_2}))
                .then().statusCode(201);
        submit(admin(), unit, batch(today().toString(), new int[][] {ALL_4})).then().statusCode(201);
        operations(unit, m.minusMonths(1).toString(), 200, "12.5", 3, 1);

        String position = code("POS");
        List<String> k = competencies(code("K"), 6);
        standard(position, k, 2);
        String e1 = employee(parent, position, true);
        String e2 = employee(parent, position, true);
        String e3 = employee(parent, position, true);
        String gone = employee(parent, position, false);
        String elsewhere = employee(code("ORG"), position, true);
        int year = today().getYear();
        completion(e1, parent, 20, year + "-01-02T03:00:00Z");
        completion(e2, parent, 10, year + "-01-02T03:00:00Z");
        completion(e2, parent, 40, (year - 1) + "-12-30T03:00:00Z");
        completion(gone, parent, 30, year + "-01-02T03:00:00Z");
        completion(elsewhere, code("ORG"), 30, year + "-01-02T03:00:00Z");
        level(e1, k.get(1), 2);
        for (String nip : List.of(e1, e2)) {
            level(nip, k.get(2), 2);
        }
        for (String nip : List.of(e1, e2)) {
            for (String competency : k.subList(3, 6)) {
                level(nip, competency, 2);
            }
        }
        for (String competency : k.subList(3, 6)) {
            level(e3, competency, 1);
        }

        List<String> months = List.of(m.minusMonths(3).toString(), m.minusMonths(2).toString(),
                m.minusMonths(1).toString());
        read(admin(), unit, "3", "MONTH", "en").statusCode(200)
                .body("serviceUnitCode", equalTo(unit)).body("parentUnitCode", equalTo(parent))
                .body("agency", equalTo("Kota Uji Scorecard")).body("granularity", equalTo("MONTH"))
                .body("periods.period", equalTo(months))
                .body("periods.respondents", equalTo(List.of(0, 1, 2)))
                .body("periods.ikm", equalTo(java.util.Arrays.asList(null, 50.0f, 87.5f)))
                .body("periods.grade", equalTo(java.util.Arrays.asList(null, "D", "B")))
                .body("periods.gradeLabel", equalTo(java.util.Arrays.asList(null, "Poor", "Good")))
                .body("periods.monthsReported", equalTo(List.of(0, 0, 1)))
                .body("periods.meanWaitingMinutes", equalTo(java.util.Arrays.asList(null, null, 12.5f)))
                .body("periods.transactions", equalTo(java.util.Arrays.asList(null, null, 200)))
                .body("periods.complaintsReceived", equalTo(java.util.Arrays.asList(null, null, 3)))
                .body("periods.complaintsResolved", equalTo(java.util.Arrays.asList(null, null, 1)))
                .body("staffYear", equalTo(year))
                .body("staff.activeStaff", equalTo(3)).body("staff.staffTrainedThisYear", equalTo(3))
                .body("staff.trainedShare", equalTo(1.0f)).body("staff.jpCompliant", equalTo(1))
                .body("staff.jpBehind", equalTo(2)).body("staff.jpComplianceShare", equalTo(0.3333f))
                .body("topGaps.competencyCode", equalTo(k.subList(0, 5)))
                .body("topGaps.belowStandard", equalTo(List.of(3, 2, 1, 1, 1)))
                .body("topGaps.meanGap", equalTo(List.of(2.0f, 1.33f, 0.67f, 0.33f, 0.33f)));

        // The default: 4 quarters ending with the last complete one; the labels in Indonesian.
        List<String> quarters = ReportingPeriods.lastComplete(Period.Kind.QUARTER, 4, today()).stream()
                .map(Period::text).toList();
        read(admin(), unit, null, null, "id").statusCode(200).body("granularity", equalTo("QUARTER"))
                .body("periods.period", equalTo(quarters))
                .body("periods[3].from", equalTo(Period.parse(quarters.get(3)).firstDay().toString()));
    }

    @Test
    void aUnitWithoutDataHasEmptyPeriodsAndNoShares() {
        String unit = ReportingTestSupport.unit("Kota Uji Scorecard", code("ORG"));
        read(admin(), unit, "2", "quarter", "en").statusCode(200).body("periods.respondents", equalTo(List.of(0, 0)))
                .body("staff.activeStaff", equalTo(0)).body("staff.trainedShare", nullValue())
                .body("staff.jpComplianceShare", nullValue()).body("topGaps", equalTo(List.of()));
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        String unit = ReportingTestSupport.unit("Kota Uji Scorecard", code("ORG"));
        for (String periods : List.of("0", "25", "-1", "abc")) {
            read(admin(), unit, periods, null, "en").statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("periods")));
        }
        for (String granularity : List.of("YEAR", "SEMESTER", "week")) {
            read(admin(), unit, null, granularity, "en").statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("granularity")));
        }
        read(admin(), unit, "24", "MONTH", "en").statusCode(200);
        read(admin(), "NO-SUCH-UNIT", null, null, "en").statusCode(404);
    }

    @Test
    void theUnitsOwnAdminsAndSupervisorsReadItOthersNot() {
        String parent = code("ORG");
        String unit = ReportingTestSupport.unit("Kota Uji Scorecard", parent);
        read(unitAdmin(parent), unit, null, null, "en").statusCode(200);
        read(supervisor(parent), unit, null, null, "en").statusCode(200);
        read(DevIdentity.system(Roles.EVALUATOR), unit, null, null, "en").statusCode(200);
        read(unitAdmin("ANOTHER-UNIT"), unit, null, null, "en").statusCode(403);
        read(DevIdentity.person(Roles.PARTICIPANT, "198703122010011004", parent), unit, null, null, "en")
                .statusCode(403);
    }

    private static ValidatableResponse read(DevIdentity who, String unit, String periods, String granularity,
            String language) {
        var request = as(who).header("Accept-Language", language);
        if (periods != null) {
            request.queryParam("periods", periods);
        }
        if (granularity != null) {
            request.queryParam("granularity", granularity);
        }
        return request.get(UNITS + "/" + unit + "/scorecard").then();
    }
}
