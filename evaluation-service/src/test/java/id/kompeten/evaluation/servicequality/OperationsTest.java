package id.kompeten.evaluation.servicequality;

import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.UNITS;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.admin;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.as;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.quality;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.supervisor;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.unit;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.unitAdmin;
import static org.hamcrest.Matchers.equalTo;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PUT/GET /api/v1/service-units/{code}/operations/{period} and the figures of longer periods. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class OperationsTest {

    private static final String PARENT = "PUSKESMAS-SIBOLGA";

    static Map<String, Object> figures(int transactions, String waiting, String processing, int received,
            int resolved) {
        return Map.of("transactions", transactions, "meanWaitingMinutes", Double.valueOf(waiting),
                "meanProcessingMinutes", Double.valueOf(processing), "complaintsReceived", received,
                "complaintsResolved", resolved);
    }

    static String path(String unit, String period) {
        return UNITS + "/" + unit + "/operations/" + period;
    }

    @Test
    void aMonthsRecordIsCreatedAndReplacedWithItsVersion() {
        String unit = unit(PARENT);
        as(unitAdmin(PARENT)).contentType("application/json").body(figures(100, "10", "20", 5, 4))
                .put(path(unit, "2026-10")).then().statusCode(201).header("ETag", "\"0\"")
                .body("period", equalTo("2026-10")).body("meanWaitingMinutes", equalTo(10.0f));
        as(supervisor(PARENT)).get(path(unit, "2026-10")).then().statusCode(200).header("ETag", "\"0\"")
                .body("transactions", equalTo(100));
        as(unitAdmin(PARENT)).contentType("application/json").body(figures(110, "10", "20", 5, 4))
                .put(path(unit, "2026-10")).then().statusCode(428);
        as(unitAdmin(PARENT)).contentType("application/json").header("If-Match", "\"3\"")
                .body(figures(110, "10", "20", 5, 4)).put(path(unit, "2026-10")).then().statusCode(412);
        as(unitAdmin(PARENT)).contentType("application/json").header("If-Match", "\"0\"")
                .body(figures(110, "10", "20", 5, 4)).put(path(unit, "2026-10")).then().statusCode(200)
                .header("ETag", "\"1\"").body("transactions", equalTo(110));
        // If-Match on a month without a record creates nothing.
        as(admin()).contentType("application/json").header("If-Match", "\"0\"")
                .body(figures(1, "1", "1", 0, 0)).put(path(unit, "2026-09")).then().statusCode(412);
        as(admin()).get(path(unit, "2026-09")).then().statusCode(404);
    }

    @Test
    void badFiguresAndPeriodsAre400s() {
        String unit = unit(PARENT);
        as(admin()).contentType("application/json").body(figures(100, "10", "20", 3, 4))
                .put(path(unit, "2026-10")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("complaintsResolved")));
        as(admin()).contentType("application/json").body(figures(-1, "10", "20", 3, 3))
                .put(path(unit, "2026-10")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("transactions")));
        for (String period : List.of("2026-Q4", "2026-13", "2026")) {
            as(admin()).contentType("application/json").body(figures(1, "1", "1", 0, 0))
                    .put(path(unit, period)).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("period")));
        }
        as(unitAdmin("LAIN")).contentType("application/json").body(figures(1, "1", "1", 0, 0))
                .put(path(unit, "2026-10")).then().statusCode(403);
        as(supervisor(PARENT)).contentType("application/json").body(figures(1, "1", "1", 0, 0))
                .put(path(unit, "2026-10")).then().statusCode(403);
    }

    @Test
    void aQuarterSumsCountsAndWeighsTimesByTransactions() {
        String unit = unit(PARENT);
        as(admin()).contentType("application/json").body(figures(100, "10", "20", 5, 4))
                .put(path(unit, "2026-10")).then().statusCode(201);
        as(admin()).contentType("application/json").body(figures(300, "14", "22.5", 3, 3))
                .put(path(unit, "2026-11")).then().statusCode(201);
        // Waiting (10 × 100 + 14 × 300) / 400 = 13.00; processing (20 × 100 + 22.5 × 300) / 400 = 21.875 → 21.88.
        as(admin()).queryParam("period", "2026-Q4").get(quality(unit)).then().statusCode(200)
                .body("respondents", equalTo(0))
                .body("operations.monthsReported", equalTo(2))
                .body("operations.transactions", equalTo(400))
                .body("operations.meanWaitingMinutes", equalTo(13.0f))
                .body("operations.meanProcessingMinutes", equalTo(21.88f))
                .body("operations.complaintsReceived", equalTo(8))
                .body("operations.complaintsResolved", equalTo(7));
        as(admin()).queryParam("period", "2026-11").get(quality(unit)).then()
                .body("operations.meanProcessingMinutes", equalTo(22.5f));
    }

    @Test
    void anImportWritesItsGoodRowsAndReportsTheOthers() {
        String unit = unit(PARENT);
        String csv = "serviceUnitCode,period,transactions,meanWaitingMinutes,meanProcessingMinutes,"
                + "complaintsReceived,complaintsResolved\n"
                + unit + ",2026-07,200,11.5,20,2,2\n"
                + unit + ",2026-08,100,abc,20,3,4\n"
                + unit + ",2026-07,50,1,1,0,0\n"
                + "TIDAK-ADA,2026-07,1,1,1,0,0\n"
                + unit + ",2026-Q3,1,1,1,0,0\n";
        as(unitAdmin(PARENT)).contentType("text/csv").body(csv).post(UNITS + "/operations/import").then()
                .statusCode(200).body("written", equalTo(1)).body("failed", equalTo(4))
                .body("rows.status", equalTo(List.of("CREATED", "FAILED", "FAILED", "FAILED", "FAILED")))
                .body("rows[1].errors.field", equalTo(List.of("complaintsResolved", "meanWaitingMinutes")))
                .body("rows[2].errors.field", equalTo(List.of("period")))
                .body("rows[3].errors.field", equalTo(List.of("serviceUnitCode")))
                .body("rows[4].errors.field", equalTo(List.of("period")));
        as(admin()).get(path(unit, "2026-07")).then().statusCode(200).body("transactions", equalTo(200))
                .body("meanWaitingMinutes", equalTo(11.5f));

        // JSON: the same figures change nothing; new ones replace without If-Match; a dry run writes nothing.
        String json = "[{\"serviceUnitCode\": \"" + unit + "\", \"period\": \"2026-07\", \"transactions\": 200,"
                + " \"meanWaitingMinutes\": 11.50, \"meanProcessingMinutes\": 20, \"complaintsReceived\": 2,"
                + " \"complaintsResolved\": 2},"
                + " {\"serviceUnitCode\": \"" + unit + "\", \"period\": \"2026-08\", \"transactions\": 300,"
                + " \"meanWaitingMinutes\": 9, \"meanProcessingMinutes\": 18, \"complaintsReceived\": 1,"
                + " \"complaintsResolved\": 1}]";
        as(admin()).contentType("application/json").queryParam("dryRun", "true").body(json)
                .post(UNITS + "/operations/import").then().statusCode(200)
                .body("rows.status", equalTo(List.of("VALID", "VALID"))).body("written", equalTo(0));
        as(admin()).get(path(unit, "2026-08")).then().statusCode(404);
        as(admin()).contentType("application/json").body(json).post(UNITS + "/operations/import").then()
                .statusCode(200).body("rows.status", equalTo(List.of("UNCHANGED", "CREATED")))
                .body("rows.version", equalTo(List.of(0, 0)));
        // Q3: waiting (11.5 × 200 + 9 × 300) / 500 = 10.00.
        as(admin()).queryParam("period", "2026-Q3").get(quality(unit)).then()
                .body("operations.transactions", equalTo(500)).body("operations.meanWaitingMinutes", equalTo(10.0f));
    }
}
