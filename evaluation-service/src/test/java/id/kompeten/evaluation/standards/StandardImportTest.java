package id.kompeten.evaluation.standards;

import static id.kompeten.evaluation.standards.StandardsTestSupport.admin;
import static id.kompeten.evaluation.standards.StandardsTestSupport.as;
import static id.kompeten.evaluation.standards.StandardsTestSupport.code;
import static id.kompeten.evaluation.standards.StandardsTestSupport.competency;
import static id.kompeten.evaluation.standards.StandardsTestSupport.createStandard;
import static id.kompeten.evaluation.standards.StandardsTestSupport.deactivatedCompetency;
import static id.kompeten.evaluation.standards.StandardsTestSupport.standardPath;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/v1/positions/competency-standards/import. Every test uses positions of its own. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class StandardImportTest {

    private static final String IMPORT = "/api/v1/positions/competency-standards/import";
    private static final String HEADER = "positionCode,positionName,competencyCode,minLevel";

    private String pelayanan;
    private String komunikasi;
    private String siak;
    private String loket;
    private String operator;
    private String perawat;

    @BeforeEach
    void setUp() {
        pelayanan = competency("PELAYANAN", "Pelayanan Prima");
        komunikasi = competency("KOMUNIKASI", "Komunikasi Publik");
        siak = competency("SIAK", "Sistem Informasi Administrasi Kependudukan");
        loket = code("LOKET");
        operator = code("OPERATOR");
        perawat = code("PERAWAT");
    }

    @Test
    void goodPositionsAreWrittenAndAPositionWithABadRowIsNot() {
        String old = deactivatedCompetency("LAMA");
        String existing = createStandard(operator, "Operator SIAK", siak, 2);
        String csv = String.join("\n", HEADER,
                loket + ",Petugas Loket Dukcapil," + pelayanan + ",3",
                loket + ",," + komunikasi + ",2",                        // the name from row 1
                operator + ",Operator SIAK," + siak + ",4",              // replaces the existing standard
                operator + ",," + old + ",2",                            // deactivated: the operator is not written
                perawat + ",Perawat Puskesmas," + komunikasi + ",6",     // level out of range
                perawat + ",Perawat," + komunikasi + ",x",               // not a number; other name; competency twice
                "loket kecil,Loket," + pelayanan + ",3") + "\n";          // not a position code
        importCsv(csv, "").statusCode(200)
                .body("dryRun", equalTo(false))
                .body("positionsWritten", equalTo(1))
                .body("positionsFailed", equalTo(2))
                .body("rowsFailed", equalTo(4))
                .body("positions.positionCode", equalTo(List.of(loket, operator, perawat).stream().sorted().toList()))
                .body("positions.find { it.positionCode == '" + loket + "' }.status", equalTo("CREATED"))
                .body("positions.find { it.positionCode == '" + loket + "' }.version", equalTo(0))
                .body("positions.find { it.positionCode == '" + operator + "' }.status", equalTo("FAILED"))
                .body("positions.find { it.positionCode == '" + operator + "' }.rows", equalTo(List.of(3, 4)))
                .body("positions.find { it.positionCode == '" + operator + "' }.failedRows", equalTo(List.of(4)))
                .body("positions.find { it.positionCode == '" + operator + "' }.version", nullValue())
                .body("positions.find { it.positionCode == '" + perawat + "' }.failedRows", equalTo(List.of(5, 6)))
                .body("rows.status", equalTo(List.of("IMPORTED", "IMPORTED", "VALID", "FAILED", "FAILED", "FAILED",
                        "FAILED")))
                .body("rows[3].errors", equalTo(List.of(Map.of("field", "competencyCode",
                        "message", "competency '" + old + "' has been deactivated"))))
                .body("rows[4].errors.field", equalTo(List.of("minLevel")))
                .body("rows[5].errors.field", equalTo(List.of("competencyCode", "minLevel", "positionName")))
                .body("rows[5].errors.message", equalTo(List.of(
                        "competency '" + komunikasi + "' is already required by row 5 for this position",
                        "'x' is not a whole number; the level must be 1 to 5",
                        "differs from row 5, which names the position 'Perawat Puskesmas'")))
                .body("rows[6].positionCode", equalTo("loket kecil"))
                .body("rows[6].errors.field", equalTo(List.of("positionCode")));

        as(admin()).get(standardPath(loket)).then().statusCode(200)
                .body("positionName", equalTo("Petugas Loket Dukcapil"))
                .body("requirements.collect { it.competencyCode + ':' + it.minLevel }",
                        equalTo(List.of(komunikasi + ":2", pelayanan + ":3").stream().sorted().toList()));
        // The failed position keeps the standard it had.
        as(admin()).get(standardPath(operator)).then().statusCode(200).header("ETag", existing)
                .body("requirements.collect { it.competencyCode + ':' + it.minLevel }", equalTo(List.of(siak + ":2")));
        as(admin()).get(standardPath(perawat)).then().statusCode(404);
    }

    @Test
    void jsonRowsReplaceAStandardAndANewPositionNeedsAName() {
        createStandard(operator, "Operator SIAK", siak, 2);
        String json = """
                [{"positionCode": "%s", "competencyCode": "%s", "minLevel": 4},
                 {"positionCode": "%s", "positionName": "Operator SIAK Ahli", "competencyCode": "%s", "minLevel": 2},
                 {"positionCode": "%s", "competencyCode": "%s", "minLevel": 3},
                 {"positionCode": "%s", "competencyCode": "%s", "minLevel": "tiga"}]"""
                .formatted(operator, siak, operator, komunikasi, loket, pelayanan, perawat, pelayanan);
        as(admin()).contentType("application/json").body(json).post(IMPORT).then().statusCode(200)
                .body("positions.find { it.positionCode == '" + operator + "' }.status", equalTo("REPLACED"))
                .body("positions.find { it.positionCode == '" + operator + "' }.version", equalTo(1))
                .body("positions.find { it.positionCode == '" + loket + "' }.status", equalTo("FAILED"))
                .body("rows[2].errors", equalTo(List.of(Map.of("field", "positionName", "message", "position '"
                        + loket + "' has no standard yet: give its name on at least one of its rows"))))
                .body("rows[3].errors.field", equalTo(List.of("minLevel")));
        as(admin()).get(standardPath(operator)).then().statusCode(200)
                .body("positionName", equalTo("Operator SIAK Ahli"))
                .body("requirements.collect { it.competencyCode + ':' + it.minLevel }",
                        equalTo(List.of(komunikasi + ":2", siak + ":4").stream().sorted().toList()));
        as(admin()).get(standardPath(loket)).then().statusCode(404);
    }

    @Test
    void aDryRunChecksEveryRowAndWritesNothing() {
        String csv = String.join("\n", HEADER, loket + ",Petugas Loket," + pelayanan + ",3",
                perawat + ",Perawat," + code("TIDAK-ADA") + ",2") + "\n";
        importCsv(csv, "?dryRun=true").statusCode(200)
                .body("dryRun", equalTo(true))
                .body("positionsWritten", equalTo(0))
                .body("positions.status", equalTo(List.of(loket, perawat).stream().sorted()
                        .map(code -> code.equals(loket) ? "VALID" : "FAILED").toList()))
                .body("rows.status", equalTo(List.of("VALID", "FAILED")));
        as(admin()).get(standardPath(loket)).then().statusCode(404);
    }

    @Test
    void anUnreadableFileIsA400AndOnlyAdminImports() {
        importCsv("positionCode,competencyCode,level\n" + loket + "," + pelayanan + ",3\n", "").statusCode(400)
                .body("errors[0].field", equalTo("header"));
        as(DevIdentity.person(Roles.UNIT_ADMIN, "198001012005011002", "DISDUKCAPIL-SIBOLGA"))
                .contentType("text/csv").body(HEADER + "\n").post(IMPORT).then().statusCode(403);
    }

    private static ValidatableResponse importCsv(String csv, String query) {
        return as(admin()).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post(IMPORT + query).then();
    }
}
