package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.catalogEventsInOutbox;
import static id.kompeten.training.TrainingTestSupport.courseBody;
import static id.kompeten.training.TrainingTestSupport.createCourse;
import static id.kompeten.training.TrainingTestSupport.defineCompetencyOfType;
import static id.kompeten.training.TrainingTestSupport.registerAccreditedProvider;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/courses:import. Each test gives its courses a word of its own in the title, so a text search tells
 * exactly which of them were written. RestAssured would percent-encode the colon ({@code courses%3Aimport} is another
 * path, RFC 3986 section 2.2), so every call here turns its URL encoding off.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class CourseImportTest {

    private static final String IMPORT = "/api/v1/courses:import";
    private static final String CSV = "text/csv";
    private static final String HEADER = "code,title,description,objectives,competencies,methods,deliveryMode,jp,"
            + "providerId,minAttendancePercent,minPostTestScore,targetPositionCodes,targetDescription";

    private static String teknis;
    private static String manajerial;
    private static String provider;

    private String word;

    @BeforeEach
    void setUp() {
        if (provider == null) {
            teknis = defineCompetencyOfType("TEKNIS");
            manajerial = defineCompetencyOfType("MANAJERIAL");
            provider = registerAccreditedProvider("GOVERNMENT_CENTER");
        }
        word = randomWord();
    }

    @Test
    void csvRowsAreImportedAsDrafts() {
        String first = uniqueCode("IMP");
        String second = uniqueCode("IMP");
        String csv = csv(
                row(first, word + " Komunikasi Publik", "Public communication, with a presentation simulation.",
                        "Explain a procedure clearly;Handle a complaint calmly", teknis + ":3;" + manajerial + ":2",
                        "LECTURE;SIMULATION", "CLASSROOM", "24", provider, "90", "75", "PENGADMINISTRASI-LAYANAN;ARSIPARIS",
                        "Front-line staff, all units"),
                row(second, word + " Pelayanan Prima", "", "", teknis + ":2", "E_LEARNING", "ONLINE", "8", provider, "",
                        "", "", ""));
        JsonPath report = importCsv(csv, "").statusCode(200)
                .body("imported", equalTo(2))
                .body("failed", equalTo(0))
                .body("rows.row", equalTo(List.of(1, 2)))
                .body("rows.code", equalTo(List.of(first, second)))
                .body("rows.status", equalTo(List.of("IMPORTED", "IMPORTED")))
                .extract().jsonPath();

        String firstId = report.getString("rows[0].id");
        as(Roles.CATALOG_MANAGER).get("/api/v1/courses/" + firstId)
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("code", equalTo(first))
                .body("description", equalTo("Public communication, with a presentation simulation."))
                .body("objectives", equalTo(List.of("Explain a procedure clearly", "Handle a complaint calmly")))
                .body("competencies.code", equalTo(List.of(teknis, manajerial).stream().sorted().toList()))
                .body("methods", equalTo(List.of("LECTURE", "SIMULATION")))
                .body("passRules.minAttendancePercent", equalTo(90))
                .body("passRules.minPostTestScore", equalTo(75))
                .body("targetAudience.positionCodes", equalTo(List.of("ARSIPARIS", "PENGADMINISTRASI-LAYANAN")))
                .body("targetAudience.description", equalTo("Front-line staff, all units"));
        as(Roles.CATALOG_MANAGER).get("/api/v1/courses/" + report.getString("rows[1].id"))
                .then().statusCode(200)
                .body("description", nullValue())
                .body("objectives", equalTo(List.of()))
                .body("passRules.minAttendancePercent", equalTo(80))
                .body("passRules.minPostTestScore", equalTo(70));
        assertEquals(0, catalogEventsInOutbox(firstId).size(), "imported drafts are not announced");
        assertEquals(2, draftsWithWord());
    }

    @Test
    void oneBadRowWritesNothingAndTheReportNamesRowAndField() {
        String csv = csv(
                validRow(uniqueCode("OK")),
                row(uniqueCode("BAD"), word + " Salah", "", "", "NO-SUCH-" + word.toUpperCase() + ":3", "LECTURE",
                        "CLASSROOM", "401", provider, "", "", "", ""),
                validRow(uniqueCode("OK")));
        importCsv(csv, "").statusCode(200)
                .body("imported", equalTo(0))
                .body("failed", equalTo(1))
                .body("rows.status", equalTo(List.of("VALID", "FAILED", "VALID")))
                .body("rows.id", equalTo(java.util.Arrays.asList(null, null, null)))
                .body("rows[1].row", equalTo(2))
                .body("rows[1].errors.field", equalTo(List.of("competencies[0].code", "jp")))
                .body("rows[1].errors[0].message", equalTo("no competency with code 'NO-SUCH-" + word.toUpperCase() + "'"))
                .body("rows[1].errors[1].message", equalTo("must be less than or equal to 400"))
                .body("rows[0].errors", equalTo(List.of()));
        assertEquals(0, draftsWithWord());
    }

    @Test
    void partialImportWritesTheGoodRowsAndReportsTheBadOnes() {
        String csv = csv(
                validRow(uniqueCode("OK")),
                row(uniqueCode("BAD"), word + " Salah", "", "Satu;Dua", teknis + ":6", "LECTURE;DANCING", "CLASSROOM",
                        "dua puluh", provider, "", "", "kepala dinas", ""),
                validRow(uniqueCode("OK")));
        JsonPath report = importCsv(csv, "?partial=true").statusCode(200)
                .body("imported", equalTo(2))
                .body("failed", equalTo(1))
                .body("rows.status", equalTo(List.of("IMPORTED", "FAILED", "IMPORTED")))
                .body("rows[1].errors.field", equalTo(List.of("competencies[0].level", "jp", "methods",
                        "targetPositionCodes[0]")))
                .extract().jsonPath();
        assertNotNull(report.getString("rows[0].id"));
        assertNull(report.getString("rows[1].id"));
        assertEquals(2, draftsWithWord());
    }

    @Test
    void jsonArrayIsImportedLikeSingleCreates() {
        Map<String, Object> first = courseBody(uniqueCode("JSON"), provider, teknis);
        first.put("title", word + " dari JSON");
        Map<String, Object> second = courseBody(uniqueCode("JSON"), provider, manajerial);
        second.put("title", word + " juga dari JSON");
        asAdmin().body(List.of(first, second)).post(IMPORT)
                .then().statusCode(200)
                .body("imported", equalTo(2))
                .body("rows.code", equalTo(List.of(first.get("code"), second.get("code"))))
                .body("rows.status", equalTo(List.of("IMPORTED", "IMPORTED")));
        assertEquals(2, draftsWithWord());

        Map<String, Object> wrongEnum = courseBody(uniqueCode("JSON"), provider, teknis);
        wrongEnum.put("methods", List.of("SINGING"));
        Map<String, Object> unknownField = courseBody(uniqueCode("JSON"), provider, teknis);
        unknownField.put("duration", 3);
        Map<String, Object> multiLine = courseBody(uniqueCode("JSON"), provider, teknis);
        multiLine.put("objectives", List.of("One", "Two\nlines"));
        asAdmin().body(List.of(wrongEnum, unknownField, multiLine, "not a course")).post(IMPORT + "?dryRun=true")
                .then().statusCode(200)
                .body("failed", equalTo(4))
                .body("rows[0].errors.field", equalTo(List.of("methods[0]")))
                .body("rows[1].errors.field", equalTo(List.of("duration")))
                .body("rows[2].errors.field", equalTo(List.of("objectives[1]")))
                .body("rows[3].errors.field", equalTo(List.of("$")));
        asAdmin().body(Map.of("code", "X")).post(IMPORT).then().statusCode(400).body("errors.field", hasItem("$"));
        asAdmin().body("[{\"code\": ").post(IMPORT).then().statusCode(400).body("errors.field", hasItem("$"));
    }

    @Test
    void malformedCsvIsABadRequestNamingTheRow() {
        String unclosedQuote = csv(validRow(uniqueCode("OK")), "\"" + uniqueCode("Q") + ",never closed",
                validRow(uniqueCode("OK")));
        importCsv(unclosedQuote, "").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("row 2"))
                .body("errors[0].message", equalTo("opens a quoted cell that is never closed"));

        String shortRow = csv(validRow(uniqueCode("OK")), validRow(uniqueCode("OK")), uniqueCode("SHORT") + ",Judul");
        importCsv(shortRow, "").statusCode(400)
                .body("errors[0].field", equalTo("row 3"))
                .body("errors[0].message", equalTo("has 2 cells, but the header has 13 columns"));

        importCsv(HEADER + ",duration\n", "").statusCode(400).body("errors[0].field", equalTo("header"));
        importCsv("code,title\n" + uniqueCode("X") + ",Judul\n", "").statusCode(400)
                .body("errors[0].field", equalTo("header"))
                .body("errors[0].message", equalTo("lacks the required column(s) deliveryMode, jp, methods, providerId"));
        importCsv(HEADER + "\n", "").statusCode(400).body("errors[0].field", equalTo("$"));
        importCsv("", "").statusCode(400).body("errors[0].field", equalTo("$"));
        assertEquals(0, draftsWithWord());
    }

    @Test
    void optionalColumnsMayBeLeftOutAndSpreadsheetByteOrderMarkIsIgnored() {
        String code = uniqueCode("MIN");
        String csv = "\uFEFFcode,title,methods,deliveryMode,jp,providerId\n" + code + "," + word + " Ringkas,LECTURE,"
                + "CLASSROOM,8," + provider + "\n";
        importCsv(csv, "").statusCode(200).body("imported", equalTo(1)).body("rows[0].code", equalTo(code));
        assertEquals(1, draftsWithWord());
    }

    @Test
    void codesMustBeNewAndUniqueWithinTheFile() {
        String repeated = uniqueCode("TWICE");
        String existing = uniqueCode("EXISTS");
        createCourse(courseBody(existing, provider, teknis));
        String csv = csv(validRow(repeated), validRow(uniqueCode("OK")), validRow(repeated), validRow(existing));
        importCsv(csv, "?partial=true").statusCode(200)
                .body("imported", equalTo(2))
                .body("rows.status", equalTo(List.of("IMPORTED", "IMPORTED", "FAILED", "FAILED")))
                .body("rows[2].errors[0].field", equalTo("code"))
                .body("rows[2].errors[0].message", equalTo("is already used by row 1 of this import"))
                .body("rows[3].errors[0].message", equalTo("a course with code '" + existing + "' already exists"));
    }

    @Test
    void dryRunChecksEveryRowAndWritesNothing() {
        importCsv(csv(validRow(uniqueCode("DRY")), validRow(uniqueCode("DRY"))), "?dryRun=true").statusCode(200)
                .body("imported", equalTo(0))
                .body("failed", equalTo(0))
                .body("rows.status", equalTo(List.of("VALID", "VALID")));
        importCsv(csv(validRow(uniqueCode("DRY")), validRow("lower")), "?dryRun=true&partial=true").statusCode(200)
                .body("imported", equalTo(0))
                .body("rows.status", equalTo(List.of("VALID", "FAILED")));
        assertEquals(0, draftsWithWord());
    }

    @Test
    void reportMessagesAreInTheRequestLanguage() {
        String csv = csv(row(uniqueCode("ID"), word + " Salah", "", "", "NO-SUCH-" + word.toUpperCase() + ":3",
                "LECTURE", "CLASSROOM", "401", provider, "", "", "", ""));
        importCsv(csv, "", "id").statusCode(200)
                .body("rows[0].errors.field", equalTo(List.of("competencies[0].code", "jp")))
                .body("rows[0].errors[0].message",
                        equalTo("tidak ada kompetensi dengan kode 'NO-SUCH-" + word.toUpperCase() + "'"))
                .body("rows[0].errors[1].message", equalTo("harus kurang dari atau sama dengan 400"));
        importCsv(csv(validRow(uniqueCode("ID")), "\"unclosed"), "", "id").statusCode(400)
                .body("errors[0].field", equalTo("row 2"))
                .body("errors[0].message", equalTo("membuka sel bertanda kutip yang tidak pernah ditutup"));
    }

    @Test
    void importNeedsACatalogueRoleAndKnowsItsLimits() {
        String csv = csv(validRow(uniqueCode("SEC")));
        given().urlEncodingEnabled(false).contentType(CSV).body(csv).post(IMPORT).then().statusCode(401);
        as(Roles.PARTICIPANT).urlEncodingEnabled(false).contentType(CSV).body(csv).post(IMPORT).then().statusCode(403);
        as(Roles.CATALOG_MANAGER).urlEncodingEnabled(false).contentType("text/plain").body(csv).post(IMPORT)
                .then().statusCode(415);
        as(Roles.CATALOG_MANAGER).urlEncodingEnabled(false).contentType(CSV).body(csv).post(IMPORT + "?partial=maybe")
                .then().statusCode(400).body("errors.field", hasItem("partial"));

        String tooMany = IntStream.rangeClosed(1, 5_001)
                .mapToObj(i -> row("X" + i, "T", "", "", "", "LECTURE", "CLASSROOM", "8", provider, "", "", "", ""))
                .collect(Collectors.joining("\n"));
        importCsv(csv(tooMany), "").statusCode(400)
                .body("errors[0].field", equalTo("$"))
                .body("errors[0].message", equalTo("has more than 5000 courses; split the import"));
        assertEquals(0, draftsWithWord());
    }

    private ValidatableResponse importCsv(String csv, String query) {
        return importCsv(csv, query, "en");
    }

    private ValidatableResponse importCsv(String csv, String query, String language) {
        RequestSpecification request = as(Roles.CATALOG_MANAGER).urlEncodingEnabled(false)
                .header("Accept-Language", language)
                .contentType(CSV + "; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8));
        return request.post(IMPORT + query).then();
    }

    private static RequestSpecification asAdmin() {
        return as(Roles.ADMIN).urlEncodingEnabled(false);
    }

    /** How many drafts have this test's word in their title. */
    private long draftsWithWord() {
        return as(Roles.CATALOG_MANAGER).queryParam("q", word).queryParam("status", "DRAFT").get("/api/v1/courses")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private String validRow(String code) {
        return row(code, word + " Manajemen Waktu", "Mengelola waktu kerja", "Menyusun prioritas", teknis + ":2",
                "LECTURE;GROUP_DISCUSSION", "BLENDED", "16", provider, "", "", "", "");
    }

    private static String csv(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    /** A CSV line; cells with commas, quotes or line breaks are quoted. */
    private static String row(String... cells) {
        assertTrue(cells.length == 13 || cells.length == 2, "a course row has 13 cells");
        return java.util.Arrays.stream(cells)
                .map(cell -> cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                        ? "\"" + cell.replace("\"", "\"\"") + "\""
                        : cell)
                .collect(Collectors.joining(","));
    }

    private static String randomWord() {
        StringBuilder word = new StringBuilder("kq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}
