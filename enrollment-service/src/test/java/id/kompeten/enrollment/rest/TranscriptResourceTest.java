package id.kompeten.enrollment.rest;

import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static id.kompeten.enrollment.ParticipantTestSupport.etag;
import static id.kompeten.enrollment.ParticipantTestSupport.integration;
import static id.kompeten.enrollment.ParticipantTestSupport.newNip;
import static id.kompeten.enrollment.ParticipantTestSupport.newUnit;
import static id.kompeten.enrollment.ParticipantTestSupport.participant;
import static id.kompeten.enrollment.ParticipantTestSupport.registerIn;
import static id.kompeten.enrollment.ParticipantTestSupport.supervisor;
import static id.kompeten.enrollment.ParticipantTestSupport.unitAdmin;
import static id.kompeten.enrollment.TranscriptTestSupport.completed;
import static id.kompeten.enrollment.TranscriptTestSupport.competency;
import static id.kompeten.enrollment.TranscriptTestSupport.confirmed;
import static id.kompeten.enrollment.TranscriptTestSupport.course;
import static id.kompeten.enrollment.TranscriptTestSupport.failed;
import static id.kompeten.enrollment.TranscriptTestSupport.session;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Transcripts, unit compliance and SIASN exports through HTTP against the real database. The catalogue reaches the
 * replica through Kafka; completions and confirmed enrollments are written through the repositories (see
 * TranscriptTestSupport).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class TranscriptResourceTest {

    private static final String PARTICIPANTS = "/api/v1/participants/";
    private static final String UNITS = "/api/v1/units/";
    private static final String PROVIDER = "BPSDM Provinsi Sumatera Utara";

    private String unit;
    private String boss;
    private String budi;
    private String sari;
    private String tono;
    private String retired;
    private String siak;
    private String seminar;
    private String online;
    private String komunikasi;
    private String siakCertificate;
    private String seminarCertificate;

    private boolean seeded;

    /** Once per class, in a @BeforeEach: RestAssured knows the test port only from there on. */
    @BeforeEach
    void catalogueAndPeople() {
        if (seeded) {
            return;
        }
        seeded = true;
        String teknis = competency("TEKNIS");
        String manajerial = competency("MANAJERIAL");
        String sosial = competency("SOSIAL_KULTURAL");
        siak = course("Penggunaan SIAK bagi Petugas Registrasi", 12,
                List.of("LECTURE", "SIMULATION", "ON_THE_JOB"), "CLASSROOM", teknis, sosial);
        seminar = course("Seminar Manajemen Pemerintahan, Efektif", 6, List.of("LECTURE", "GROUP_DISCUSSION"),
                "CLASSROOM", manajerial);
        online = course("Prinsip-Prinsip Tata Kelola Pemerintahan yang Baik", 16,
                List.of("LECTURE", "E_LEARNING", "GROUP_DISCUSSION"), "ONLINE", manajerial);
        komunikasi = course("Komunikasi Publik dengan Simulasi Presentasi", 24,
                List.of("LECTURE", "GROUP_DISCUSSION", "SIMULATION"), "CLASSROOM", sosial);

        unit = newUnit();
        boss = registerIn(unit, null);
        budi = registerIn(unit, boss);
        sari = registerIn(unit, boss);
        tono = registerIn(unit, boss);
        retired = registerIn(unit, boss);
        as(admin()).header("If-Match", etag(retired)).post(PARTICIPANTS + retired + "/deactivate")
                .then().statusCode(200);

        // Budi, 2025: 12 JP (a session crossing the new year counts in 2025) + 6 JP; a failure and 2024 do not count.
        siakCertificate = completed(budi, siak, "Penggunaan SIAK bagi Petugas Registrasi", PROVIDER, 12,
                LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2));
        seminarCertificate = completed(budi, seminar, "Seminar Manajemen Pemerintahan, Efektif",
                "Universitas Sumatera Utara", 6, LocalDate.of(2025, 5, 20), LocalDate.of(2025, 5, 20));
        completed(budi, online, "Prinsip-Prinsip Tata Kelola Pemerintahan yang Baik", PROVIDER, 16,
                LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 31));
        failed(budi, komunikasi, "Komunikasi Publik dengan Simulasi Presentasi", 24, LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 5));
        // Confirmed for a session ending in 2025 (counts in the projection) and one ending in 2026 (does not).
        confirmed(budi, komunikasi, session(komunikasi, LocalDate.of(2025, 11, 10), LocalDate.of(2025, 11, 12)));
        confirmed(budi, online, session(online, LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 2)));

        // Sari, 2025: 24 + 16 JP, above the minimum. Tono: nothing. The retired person: 12 JP, left out of compliance.
        completed(sari, komunikasi, "Komunikasi Publik dengan Simulasi Presentasi", PROVIDER, 24,
                LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 5));
        completed(sari, online, "Prinsip-Prinsip Tata Kelola Pemerintahan yang Baik", PROVIDER, 16,
                LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 27));
        completed(retired, siak, "Penggunaan SIAK bagi Petugas Registrasi", PROVIDER, 12,
                LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 8));
    }

    @Test
    void transcriptCountsJpInTheYearOfTheSessionEndAndProjectsConfirmedSessions() {
        as(participant(budi, unit)).get(PARTICIPANTS + budi + "/transcript?year=2025").then().statusCode(200)
                .body("nip", equalTo(budi))
                .body("unitCode", equalTo(unit))
                .body("year", equalTo(2025))
                .body("minimumJp", equalTo(20))
                .body("completedJp", equalTo(18))
                .body("minimumMet", equalTo(false))
                .body("shortfallJp", equalTo(2))
                .body("confirmedJp", equalTo(24))
                .body("projectedJp", equalTo(42))
                .body("projectedMinimumMet", equalTo(true))
                .body("completedCourses.courseTitle", contains("Penggunaan SIAK bagi Petugas Registrasi",
                        "Seminar Manajemen Pemerintahan, Efektif"))
                .body("completedCourses.certificateNumber", contains(siakCertificate, seminarCertificate))
                .body("completedCourses[0].sessionStart", equalTo("2024-12-30"))
                .body("completedCourses[0].sessionEnd", equalTo("2025-01-02"))
                .body("confirmedCourses.courseTitle", contains("Komunikasi Publik dengan Simulasi Presentasi"))
                .body("confirmedCourses[0].jp", equalTo(24));
        as(admin()).get(PARTICIPANTS + budi + "/transcript?year=2024").then().statusCode(200)
                .body("completedJp", equalTo(16))
                .body("confirmedJp", equalTo(0))
                .body("completedCourses.courseTitle", contains("Prinsip-Prinsip Tata Kelola Pemerintahan yang Baik"));
        as(admin()).get(PARTICIPANTS + budi + "/transcript?year=2026").then().statusCode(200)
                .body("completedJp", equalTo(0))
                .body("completedCourses", empty())
                .body("confirmedJp", equalTo(16));
    }

    @Test
    void transcriptOfOwnSubordinatesOrUnitOnly() {
        String other = newUnit();
        String path = PARTICIPANTS + budi + "/transcript?year=2025";
        as(supervisor(boss, unit)).get(path).then().statusCode(200);
        as(unitAdmin(unit)).get(path).then().statusCode(200);
        // Existence is private: the same 404 as for an unregistered number.
        as(participant(sari, unit)).get(path).then().statusCode(404).contentType("application/problem+json");
        as(supervisor(newNip(), unit)).get(path).then().statusCode(404);
        as(unitAdmin(other)).get(path).then().statusCode(404);
        as(admin()).get(PARTICIPANTS + newNip() + "/transcript").then().statusCode(404);
        // Roles that read no transcript at all.
        as(integration()).get(path).then().statusCode(403);
        as(DevIdentity.person(Roles.EVALUATOR, newNip(), unit)).get(path).then().statusCode(403);
    }

    @Test
    void badNumbersAndYearsAreProblemsInEnglishAndIndonesian() {
        as(admin()).get(PARTICIPANTS + budi + "/transcript?year=1999").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].message", containsString("from 2000 to"));
        as(admin()).header("Accept-Language", "id").get(PARTICIPANTS + budi + "/transcript?year=2999").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].message", containsString("harus tahun antara 2000 dan"));
        as(admin()).get(PARTICIPANTS + budi + "/transcript?year=dua-ribu").then().statusCode(400)
                .contentType("application/problem+json");
        as(admin()).get(PARTICIPANTS + "12345/transcript").then().statusCode(400)
                .body("errors[0].field", equalTo("nip"))
                .body("errors[0].message", containsString("18 digits"));
        as(admin()).header("Accept-Language", "id").get(PARTICIPANTS + "19870312201001100X/siasn-courses").then()
                .statusCode(400)
                .body("errors[0].message", containsString("18 digit"));
        as(admin()).get(UNITS + unit + "/compliance?year=1999").then().statusCode(400);
        as(admin()).get(UNITS + "bad unit!/compliance").then().statusCode(400);
        as(admin()).header("Accept-Language", "id").get(UNITS + newUnit() + "/compliance").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("Unit kerja"));
        as(admin()).get(UNITS + newUnit() + "/siasn-courses").then().statusCode(404)
                .body("detail", containsString("Unit"));
        as(admin()).get(UNITS + unit + "/compliance?sort=unitCode").then().statusCode(400);
    }

    @Test
    void complianceListsTheActiveParticipantsWithTheirJp() {
        as(unitAdmin(unit)).get(UNITS + unit + "/compliance?year=2025&sort=jp,desc").then().statusCode(200)
                .body("unitCode", equalTo(unit))
                .body("minimumJp", equalTo(20))
                .body("activeParticipants", equalTo(4))
                .body("belowMinimum", equalTo(3))
                .body("total", equalTo(4))
                .body("items.nip", contains(sari, budi, orderedByNip(boss, tono).get(0),
                        orderedByNip(boss, tono).get(1)))
                .body("items.jp", contains(40, 18, 0, 0))
                .body("items.belowMinimum", contains(false, true, true, true))
                .body("items.shortfallJp", contains(0, 2, 20, 20));
        as(admin()).get(UNITS + unit + "/compliance?year=2025&belowMinimum=true&sort=jp&size=1&page=0").then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("activeParticipants", equalTo(4))
                .body("items", hasSize(1))
                .body("items[0].jp", equalTo(0));
        as(admin()).get(UNITS + unit + "/compliance?year=2025&sort=nip").then().statusCode(200)
                .body("items.nip", contains(orderedByNip(boss, budi, sari, tono).toArray()));
    }

    @Test
    void complianceIsForAdminsAndTheUnitsAdmin() {
        as(unitAdmin(newUnit())).get(UNITS + unit + "/compliance").then().statusCode(403)
                .contentType("application/problem+json");
        as(supervisor(boss, unit)).get(UNITS + unit + "/compliance").then().statusCode(403);
        as(participant(budi, unit)).get(UNITS + unit + "/compliance").then().statusCode(403);
        as(integration()).get(UNITS + unit + "/compliance").then().statusCode(403);
    }

    @Test
    void siasnExportOfAPersonInJson() {
        as(participant(budi, unit)).get(PARTICIPANTS + budi + "/siasn-courses?year=2025").then().statusCode(200)
                .contentType("application/json")
                .body("nip", contains(budi, budi))
                .body("namaKursus", contains("Penggunaan SIAK bagi Petugas Registrasi",
                        "Seminar Manajemen Pemerintahan, Efektif"))
                .body("institusiPenyelenggara", contains(PROVIDER, "Universitas Sumatera Utara"))
                // A technical and a socio-cultural competency: technical. Lecture and discussion only: seminar.
                .body("jenisDiklatId", contains("3", "9"))
                .body("jumlahJam", contains(12, 6))
                .body("nomorSertipikat", contains(siakCertificate, seminarCertificate))
                .body("tahunKursus", contains(2025, 2025))
                .body("tanggalKursus", contains("30-12-2024", "20-05-2025"))
                .body("tanggalSelesaiKursus", contains("02-01-2025", "20-05-2025"));
        as(integration()).get(PARTICIPANTS + budi + "/siasn-courses?year=2024").then().statusCode(200)
                .body("jenisDiklatId", contains("16"));
        as(participant(sari, unit)).get(PARTICIPANTS + budi + "/siasn-courses").then().statusCode(404);
    }

    @Test
    void siasnExportOfAPersonInCsv() {
        String csv = as(admin()).accept("text/csv").get(PARTICIPANTS + budi + "/siasn-courses?year=2025").then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString(".csv"))
                .extract().asString();
        assertEquals("nip,namaKursus,institusiPenyelenggara,jenisDiklatId,jumlahJam,nomorSertipikat,tahunKursus,"
                + "tanggalKursus,tanggalSelesaiKursus\r\n"
                + budi + ",Penggunaan SIAK bagi Petugas Registrasi," + PROVIDER + ",3,12," + siakCertificate
                + ",2025,30-12-2024,02-01-2025\r\n"
                + budi + ",\"Seminar Manajemen Pemerintahan, Efektif\",Universitas Sumatera Utara,9,6,"
                + seminarCertificate + ",2025,20-05-2025,20-05-2025\r\n", csv);
        // Nothing completed: the header row alone.
        assertEquals("nip,namaKursus,institusiPenyelenggara,jenisDiklatId,jumlahJam,nomorSertipikat,tahunKursus,"
                + "tanggalKursus,tanggalSelesaiKursus\r\n", as(admin()).accept("text/csv")
                .get(PARTICIPANTS + tono + "/siasn-courses?year=2025").then().statusCode(200).extract().asString());
    }

    @Test
    void siasnExportOfAUnitTakesEveryoneNowInItAndTheMappingAsItIsNow() {
        as(integration()).get(UNITS + unit + "/siasn-courses?year=2025").then().statusCode(200)
                .body("nip", contains(orderedRecords()))
                .body("findAll { it.nip == '" + sari + "' }.jenisDiklatId", contains("6", "16"));
        String types = SiasnTrainingTypeResourceTest.TYPES + "/E_LEARNING";
        String etag = as(admin()).get(types).then().statusCode(200).extract().header("ETag");
        String changed = as(admin()).header("If-Match", etag)
                .body(Map.of("jenisDiklatId", "99", "jenisDiklatName", "Pelatihan Jarak Jauh")).put(types)
                .then().statusCode(200).extract().header("ETag");
        try {
            as(unitAdmin(unit)).get(UNITS + unit + "/siasn-courses?year=2025").then().statusCode(200)
                    .body("findAll { it.nip == '" + sari + "' }.jenisDiklatId", contains("6", "99"));
        } finally {
            as(admin()).header("If-Match", changed)
                    .body(Map.of("jenisDiklatId", "16", "jenisDiklatName", "E-Learning")).put(types)
                    .then().statusCode(200);
        }
        as(unitAdmin(newUnit())).get(UNITS + unit + "/siasn-courses").then().statusCode(403);
        as(participant(budi, unit)).get(UNITS + unit + "/siasn-courses").then().statusCode(403);
    }

    /** The unit export's NIP column: by number, then by session end. */
    private Object[] orderedRecords() {
        // Budi 2, Sari 2, the retired person 1 (still in the unit).
        return orderedByNip(budi, sari, retired).stream()
                .flatMap(nip -> nip.equals(retired) ? java.util.stream.Stream.of(nip)
                        : java.util.stream.Stream.of(nip, nip))
                .toArray();
    }

    private static List<String> orderedByNip(String... nips) {
        return java.util.Arrays.stream(nips).sorted().toList();
    }
}
