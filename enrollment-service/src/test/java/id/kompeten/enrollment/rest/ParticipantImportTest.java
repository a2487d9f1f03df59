package id.kompeten.enrollment.rest;

import static id.kompeten.enrollment.ParticipantTestSupport.PARTICIPANTS;
import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static id.kompeten.enrollment.ParticipantTestSupport.newNiPppk;
import static id.kompeten.enrollment.ParticipantTestSupport.newNip;
import static id.kompeten.enrollment.ParticipantTestSupport.newUnit;
import static id.kompeten.enrollment.ParticipantTestSupport.participant;
import static id.kompeten.enrollment.ParticipantTestSupport.participantBody;
import static id.kompeten.enrollment.ParticipantTestSupport.registerIn;
import static id.kompeten.enrollment.ParticipantTestSupport.unitAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevIdentity;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/participants:import. Each test imports into a unit of its own, so the unit's list tells exactly what was
 * written. RestAssured would percent-encode the colon (another path, RFC 3986 section 2.2), so every call here turns
 * its URL encoding off.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class ParticipantImportTest {

    private static final String IMPORT = "/api/v1/participants:import";
    private static final String CSV = "text/csv";
    private static final String HEADER =
            "nip,name,email,phone,employeeType,agency,unitCode,positionCode,positionName,supervisorNip";

    private String unit;
    private String supervisor;

    @BeforeEach
    void setUp() {
        unit = newUnit();
        supervisor = newNip();
    }

    @Test
    void csvRowsAreRegistered() {
        String pns = newNip();
        String pppk = newNiPppk();
        String csv = csv(
                row(pns, "Budi Santoso Hutagalung", "budi@sibolgakota.go.id", "+62 812 6543 2109", "PNS",
                        "Pemerintah Kota Sibolga", unit, "PENGADMINISTRASI-LAYANAN", "Pengadministrasi, Layanan",
                        supervisor),
                row(pppk, "Rina Marpaung", "", "", "PPPK", "Pemerintah Kota Sibolga", unit, "PRANATA-KOMPUTER",
                        "Pranata Komputer Ahli Pertama", ""));
        importCsv(admin(), csv, "").statusCode(200)
                .body("imported", equalTo(2))
                .body("failed", equalTo(0))
                .body("rows.row", equalTo(List.of(1, 2)))
                .body("rows.nip", equalTo(List.of(pns, pppk)))
                .body("rows.status", equalTo(List.of("IMPORTED", "IMPORTED")))
                .body("rows[0].errors", equalTo(List.of()));
        as(admin()).get(PARTICIPANTS + "/" + pns).then().statusCode(200)
                .body("positionName", equalTo("Pengadministrasi, Layanan"))
                .body("supervisorNip", equalTo(supervisor))
                .body("version", equalTo(0));
        as(admin()).get(PARTICIPANTS + "/" + pppk).then().statusCode(200)
                .body("employeeType", equalTo("PPPK"))
                .body("email", equalTo(null))
                .body("supervisorNip", equalTo(null));
        assertEquals(2, inUnit());
    }

    @Test
    void oneBadRowWritesNothingAndTheReportNamesEveryFaultOfIt() {
        String csv = csv(validRow(newNip()),
                row("198702302010013004", "Salah", "", "", "PNS", "Pemerintah Kota Sibolga", unit,
                        "PENGADMINISTRASI-LAYANAN", "Pengadministrasi", "1978063020031220"),
                validRow(newNip()));
        importCsv(admin(), csv, "").statusCode(200)
                .body("imported", equalTo(0))
                .body("failed", equalTo(1))
                .body("rows.status", equalTo(List.of("VALID", "FAILED", "VALID")))
                .body("rows[1].row", equalTo(2))
                .body("rows[1].nip", equalTo("198702302010013004"))
                .body("rows[1].errors.field", equalTo(List.of("nip", "nip", "supervisorNip")))
                .body("rows[1].errors.message", equalTo(List.of(
                        "digits 1-8 (birth date, YYYYMMDD) '19870230' are not a date",
                        "digit 15 (gender) must be 1 (male) or 2 (female), not '3'",
                        "must have 18 digits, not 16 characters")));
        assertEquals(0, inUnit());
    }

    @Test
    void partialImportWritesTheGoodRowsAndReportsTheBadOnes() {
        String csv = csv(validRow(newNip()),
                row(newNip(), "", "no-address", "", "HONORER", "Pemerintah Kota Sibolga", unit, "pengadministrasi",
                        "Pengadministrasi", ""),
                validRow(newNip()));
        importCsv(admin(), csv, "?partial=true").statusCode(200)
                .body("imported", equalTo(2))
                .body("failed", equalTo(1))
                .body("rows.status", equalTo(List.of("IMPORTED", "FAILED", "IMPORTED")))
                .body("rows[1].errors.field", equalTo(List.of("email", "employeeType", "name", "positionCode")));
        assertEquals(2, inUnit());
    }

    @Test
    void numbersMustBeNewAndUniqueWithinTheFile() {
        String repeated = newNip();
        String registered = registerIn(newUnit(), null);
        String printed = repeated.substring(0, 8) + " " + repeated.substring(8, 14) + " " + repeated.substring(14, 15)
                + " " + repeated.substring(15);
        String csv = csv(validRow(repeated), validRow(newNip()), validRow(printed), validRow(registered));
        importCsv(admin(), csv, "?partial=true").statusCode(200)
                .body("imported", equalTo(2))
                .body("rows.status", equalTo(List.of("IMPORTED", "IMPORTED", "FAILED", "FAILED")))
                .body("rows[2].nip", equalTo(repeated))
                .body("rows[2].errors[0].field", equalTo("nip"))
                .body("rows[2].errors[0].message", equalTo("is already used by row 1 of this import"))
                .body("rows[3].errors[0].message",
                        equalTo("a participant with number '" + registered + "' is already registered"));
    }

    @Test
    void aUnitAdminImportsOnlyTheirUnit() {
        String other = newUnit();
        String csv = csv(validRow(newNip()),
                row(newNip(), "Rina", "", "", "PNS", "Pemerintah Kota Sibolga", other, "ANALIS", "Analis", ""));
        importCsv(unitAdmin(unit), csv, "?partial=true").statusCode(200)
                .body("imported", equalTo(1))
                .body("rows.status", equalTo(List.of("IMPORTED", "FAILED")))
                .body("rows[1].errors.field", equalTo(List.of("unitCode")))
                .body("rows[1].errors[0].message", equalTo("'" + other
                        + "' is not your unit; a unit admin imports participants of their own unit only"));
        assertEquals(1, inUnit());
    }

    @Test
    void jsonArrayIsImportedLikeSingleRegistrations() {
        Map<String, Object> first = participantBody(newNip(), unit, supervisor);
        Map<String, Object> second = participantBody(newNiPppk(), unit, null);
        second.put("employeeType", "PPPK");
        asAdmin().body(List.of(first, second)).post(IMPORT)
                .then().statusCode(200)
                .body("imported", equalTo(2))
                .body("rows.nip", equalTo(List.of(first.get("nip"), second.get("nip"))));
        assertEquals(2, inUnit());

        Map<String, Object> wrongEnum = participantBody(newNip(), unit, null);
        wrongEnum.put("employeeType", "HONORER");
        Map<String, Object> unknownField = participantBody(newNip(), unit, null);
        unknownField.put("gender", "MALE");
        Map<String, Object> badNumber = participantBody("19870312201001100X", unit, null);
        asAdmin().body(List.of(wrongEnum, unknownField, badNumber, "not a participant")).post(IMPORT + "?dryRun=true")
                .then().statusCode(200)
                .body("failed", equalTo(4))
                .body("rows[0].errors.field", equalTo(List.of("employeeType")))
                .body("rows[1].errors.field", equalTo(List.of("gender")))
                .body("rows[2].errors.message",
                        equalTo(List.of("must contain digits only; 'X' at position 18 is not a digit")))
                .body("rows[3].errors.field", equalTo(List.of("$")));
        asAdmin().body(Map.of("nip", "X")).post(IMPORT).then().statusCode(400).body("errors.field", hasItem("$"));
        asAdmin().body("[{\"nip\": ").post(IMPORT).then().statusCode(400).body("errors.field", hasItem("$"));
    }

    @Test
    void dryRunChecksEveryRowAndWritesNothing() {
        importCsv(admin(), csv(validRow(newNip()), validRow(newNip())), "?dryRun=true").statusCode(200)
                .body("imported", equalTo(0))
                .body("failed", equalTo(0))
                .body("rows.status", equalTo(List.of("VALID", "VALID")));
        importCsv(admin(), csv(validRow(newNip()), validRow("1.98703E+17")), "?dryRun=true&partial=true")
                .statusCode(200)
                .body("imported", equalTo(0))
                .body("rows.status", equalTo(List.of("VALID", "FAILED")));
        assertEquals(0, inUnit());
    }

    @Test
    void reportMessagesAreInTheRequestLanguage() {
        String csv = csv(row("198702302010013004", "Salah", "", "", "PNS", "Pemerintah Kota Sibolga", unit,
                "PENGADMINISTRASI-LAYANAN", "Pengadministrasi", ""));
        importCsv(admin(), csv, "", "id").statusCode(200)
                .body("rows[0].errors.message", equalTo(List.of(
                        "digit 1-8 (tanggal lahir, YYYYMMDD) '19870230' bukan tanggal yang ada",
                        "digit 15 (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan), bukan '3'")));
        importCsv(admin(), csv(validRow(newNip()), "\"unclosed"), "", "id").statusCode(400)
                .body("errors[0].field", equalTo("row 2"))
                .body("errors[0].message", equalTo("membuka sel bertanda kutip yang tidak pernah ditutup"));
    }

    @Test
    void malformedCsvIsABadRequestNamingTheRowOrHeader() {
        importCsv(admin(), csv(validRow(newNip()), newNip() + ",Judul"), "").statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("row 2"))
                .body("errors[0].message", equalTo("has 2 cells, but the header has 10 columns"));
        importCsv(admin(), HEADER + ",gender\n", "").statusCode(400).body("errors[0].field", equalTo("header"));
        importCsv(admin(), "nip,name\n" + newNip() + ",Budi\n", "").statusCode(400)
                .body("errors[0].message", equalTo("lacks the required column(s) agency, employeeType, positionCode,"
                        + " positionName, unitCode"));
        importCsv(admin(), HEADER + "\n", "").statusCode(400).body("errors[0].field", equalTo("$"));
        // Optional columns may be left out, and a spreadsheet's byte order mark is ignored.
        String nip = newNip();
        importCsv(admin(), "\uFEFFnip,name,employeeType,agency,unitCode,positionCode,positionName\n" + nip
                + ",Budi,PNS,Pemerintah Kota Sibolga," + unit + ",ANALIS,Analis\n", "").statusCode(200)
                .body("imported", equalTo(1));
    }

    @Test
    void importNeedsAnAdministrativeRoleAndKnowsItsLimits() {
        String csv = csv(validRow(newNip()));
        given().urlEncodingEnabled(false).contentType(CSV).body(csv).post(IMPORT).then().statusCode(401);
        DevIdentity me = participant(newNip(), unit);
        as(me).urlEncodingEnabled(false).contentType(CSV).body(csv).post(IMPORT).then().statusCode(403);
        as(admin()).urlEncodingEnabled(false).contentType("text/plain").body(csv).post(IMPORT).then().statusCode(415);
        as(admin()).urlEncodingEnabled(false).contentType(CSV).body(csv).post(IMPORT + "?partial=maybe")
                .then().statusCode(400).body("errors.field", hasItem("partial"));

        String tooMany = IntStream.rangeClosed(1, 5_001).mapToObj(i -> validRow(newNip()))
                .collect(Collectors.joining("\n"));
        importCsv(admin(), csv(tooMany), "").statusCode(400)
                .body("errors[0].field", equalTo("$"))
                .body("errors[0].message", equalTo("has more than 5000 participants; split the import"));
        assertEquals(0, inUnit());
    }

    private ValidatableResponse importCsv(DevIdentity caller, String csv, String query) {
        return importCsv(caller, csv, query, "en");
    }

    private static ValidatableResponse importCsv(DevIdentity caller, String csv, String query, String language) {
        return as(caller).urlEncodingEnabled(false).header("Accept-Language", language)
                .contentType(CSV + "; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post(IMPORT + query).then();
    }

    private static RequestSpecification asAdmin() {
        return as(admin()).urlEncodingEnabled(false);
    }

    /** How many participants the test's unit has. */
    private long inUnit() {
        return as(admin()).queryParam("unit", unit).get(PARTICIPANTS).then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    private String validRow(String nip) {
        return row(nip, "Ahmad Siregar", "ahmad@sibolgakota.go.id", "", "PNS", "Pemerintah Kota Sibolga", unit,
                "PENGADMINISTRASI-LAYANAN", "Pengadministrasi Layanan", supervisor);
    }

    private static String csv(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    /** A CSV line; cells with commas or quotes are quoted. */
    private static String row(String... cells) {
        return Arrays.stream(cells)
                .map(cell -> cell.contains(",") || cell.contains("\"")
                        ? "\"" + cell.replace("\"", "\"\"") + "\""
                        : cell)
                .collect(Collectors.joining(","));
    }
}
