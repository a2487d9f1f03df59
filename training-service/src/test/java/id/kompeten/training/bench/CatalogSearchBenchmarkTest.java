package id.kompeten.training.bench;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Catalogue search at the scale: 10,000 courses and 100,000 sessions, through the real HTTP API and database.
 * Prints latency percentiles per query next to baselines measured in the same run: a primary-key read and an
 * unfiltered page through the same HTTP stack, and the text match counted over JDBC once as a LIKE scan and once
 * with the FULLTEXT index. Not part of {@code mvn verify}; run it with
 * {@code mvn verify -pl training-service -am -Pbenchmark}.
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class CatalogSearchBenchmarkTest {

    private static final int COURSES = 10_000;
    private static final int SESSIONS_PER_COURSE = 10;
    private static final int COMPETENCIES = 60;
    private static final int PROVIDERS = 25;
    private static final int WARM_UP = 20;
    private static final int RUNS = 200;
    private static final String[] WORDS = ("pelayanan prima komunikasi publik manajemen waktu pemecahan masalah sistem"
            + " informasi administrasi kependudukan tata kelola pemerintahan efektif kepemimpinan integritas etika"
            + " pengaduan kearsipan keuangan pengadaan perencanaan evaluasi kinerja digital data statistik kesehatan"
            + " pendidikan lingkungan perizinan kepegawaian hukum regulasi inovasi kolaborasi negosiasi presentasi"
            + " simulasi studi kasus standar operasional prosedur survei kepuasan masyarakat antrian loket")
            .split(" ");
    private static final String[] METHODS = {"LECTURE", "GROUP_DISCUSSION", "SIMULATION", "CASE_STUDY", "E_LEARNING",
        "ON_THE_JOB"};
    private static final String[] MODES = {"CLASSROOM", "ONLINE", "BLENDED"};
    private static final String[] PROVIDER_TYPES = {"GOVERNMENT_CENTER", "UNIVERSITY", "NGO", "PROFESSIONAL_BODY",
        "INTERNAL"};
    private static final String[] STATUSES = {"OPEN", "OPEN", "OPEN", "FULL", "DRAFT", "RUNNING", "COMPLETED",
        "CANCELLED"};

    private final Random random = new Random(20261123L);

    @Test
    void searchLatencyAtTenThousandCoursesAndHundredThousandSessions() throws SQLException {
        long seedStart = System.nanoTime();
        seed();
        System.out.printf(Locale.ROOT, "%nSeeded %,d courses and %,d sessions in %.1f s%n", COURSES,
                COURSES * SESSIONS_PER_COURSE, (System.nanoTime() - seedStart) / 1e9);

        List<String> lines = new ArrayList<>();
        lines.add(measure("baseline: GET one competency by code (HTTP stack, no search)",
                () -> get("/api/v1/competencies/BENCH-C-07", Map.of())));
        lines.add(measure("baseline: courses, no filter (title order)", () -> get("/api/v1/courses", Map.of())));
        lines.add(measureSql("baseline SQL: COUNT LIKE '%kependudukan%' on 3 columns (scan)",
                "SELECT COUNT(*) FROM course WHERE status = 'PUBLISHED' AND (title LIKE ? OR description LIKE ?"
                        + " OR objectives LIKE ?)", "%kependudukan%", "%kependudukan%", "%kependudukan%"));
        lines.add(measureSql("SQL: COUNT MATCH AGAINST 'kependudukan' (FULLTEXT index)",
                "SELECT COUNT(*) FROM course WHERE status = 'PUBLISHED' AND MATCH (title, description, objectives)"
                        + " AGAINST (? IN NATURAL LANGUAGE MODE)", "kependudukan"));
        lines.add(measure("courses q=kependudukan (common word, relevance order)",
                () -> get("/api/v1/courses", Map.of("q", "kependudukan"))));
        lines.add(measure("courses q=topik417 (rare word, relevance order)",
                () -> get("/api/v1/courses", Map.of("q", "topik417"))));
        lines.add(measure("courses q=pelayanan prima + mode + jp range",
                () -> get("/api/v1/courses", Map.of("q", "pelayanan prima", "mode", "CLASSROOM", "minJp", "16",
                        "maxJp", "40"))));
        lines.add(measure("courses competency + providerType + method",
                () -> get("/api/v1/courses", Map.of("competency", "BENCH-C-07", "providerType", "UNIVERSITY",
                        "method", "GROUP_DISCUSSION"))));
        lines.add(measure("courses type=MANAJERIAL, sort=jp,desc, page 10",
                () -> get("/api/v1/courses", Map.of("type", "MANAJERIAL", "sort", "jp,desc", "page", "10"))));
        lines.add(measure("sessions from/to (one quarter)",
                () -> get("/api/v1/sessions", Map.of("from", "2027-04-01", "to", "2027-06-30"))));
        lines.add(measure("sessions region + hasSeats + from/to",
                () -> get("/api/v1/sessions", Map.of("region", "12.73", "hasSeats", "true", "from", "2027-01-01",
                        "to", "2027-12-31"))));
        lines.add(measure("sessions competency + status=OPEN",
                () -> get("/api/v1/sessions", Map.of("competency", "BENCH-C-07", "status", "OPEN"))));
        lines.add(measure("sessions status=OPEN sorted by startDate, page 50",
                () -> get("/api/v1/sessions", Map.of("status", "OPEN", "page", "50"))));

        System.out.printf(Locale.ROOT, "%n%-80s %9s %9s %9s%n", "query (" + RUNS + " runs after " + WARM_UP
                + " warm-up)", "p50 ms", "p95 ms", "max ms");
        lines.forEach(System.out::println);
    }

    private String measure(String label, Supplier<Response> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        long[] nanos = new long[RUNS];
        long total = -1;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Response response = call.get();
            nanos[i] = System.nanoTime() - start;
            assertTrue(response.statusCode() == 200, label + " answered " + response.statusCode());
            // Paged answers carry a total; the single-resource baseline does not.
            Object pageTotal = response.jsonPath().get("total");
            total = pageTotal instanceof Number number ? number.longValue() : -1;
        }
        return format(label + (total >= 0 ? " [total " + total + "]" : ""), nanos);
    }

    private String measureSql(String label, String sql, String... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            long[] nanos = new long[RUNS];
            long count = -1;
            for (int i = -WARM_UP; i < RUNS; i++) {
                long start = System.nanoTime();
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    count = rows.getLong(1);
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            return format(label + " [count " + count + "]", nanos);
        }
    }

    private static String format(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%-80s %9.1f %9.1f %9.1f", label, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static Response get(String path, Map<String, String> query) {
        return given().queryParams(query).get(path);
    }

    /** Bulk inserts straight into the tables (the API would take far longer and measure nothing of interest here). */
    private void seed() throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            batch(connection, "INSERT INTO competency (code, name_id, name_en, type, description, active, version,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, NULL, TRUE, 0, ?, ?)", COMPETENCIES, (row, i) -> {
                        row.setString(1, "BENCH-C-" + String.format("%02d", i));
                        row.setString(2, "Kompetensi " + words(2));
                        row.setString(3, "Competency " + i);
                        row.setString(4, i % 3 == 0 ? "TEKNIS" : i % 3 == 1 ? "MANAJERIAL" : "SOSIAL_KULTURAL");
                        row.setTimestamp(5, now);
                        row.setTimestamp(6, now);
                    });
            batch(connection, "INSERT INTO provider (id, type, name, accreditation_status, accreditation_valid_until,"
                    + " active, version, created_at, updated_at) VALUES (?, ?, ?, 'ACCREDITED', '2099-12-31', TRUE, 0, ?, ?)",
                    PROVIDERS, (row, i) -> {
                        row.setString(1, providerId(i));
                        row.setString(2, PROVIDER_TYPES[i % PROVIDER_TYPES.length]);
                        row.setString(3, "Bench provider " + i);
                        row.setTimestamp(4, now);
                        row.setTimestamp(5, now);
                    });
            batch(connection, "INSERT INTO course (id, code, title, description, objectives, delivery_mode, jp,"
                    + " provider_id, min_attendance_percent, min_post_test_score, status, published_at, version,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 80, 70, ?, ?, 0, ?, ?)", COURSES,
                    (row, i) -> {
                        row.setString(1, courseId(i));
                        row.setString(2, "BENCH-" + i);
                        row.setString(3, "Pelatihan " + words(3));
                        // One rarer word per course (about ten courses each), as real catalogues have.
                        row.setString(4, "Pelatihan tentang " + words(25) + " topik" + random.nextInt(1_000));
                        row.setString(5, words(6) + "\n" + words(6));
                        row.setString(6, MODES[i % MODES.length]);
                        row.setInt(7, 8 * (1 + random.nextInt(15)));
                        row.setString(8, providerId(i % PROVIDERS));
                        row.setString(9, i % 20 == 0 ? "DRAFT" : "PUBLISHED");
                        row.setTimestamp(10, now);
                        row.setTimestamp(11, now);
                        row.setTimestamp(12, now);
                    });
            batch(connection, "INSERT INTO course_competency (course_id, competency_code, level) VALUES (?, ?, ?)",
                    COURSES * 2, (row, i) -> {
                        row.setString(1, courseId(i / 2));
                        row.setString(2, "BENCH-C-" + String.format("%02d", (i / 2 * 7 + i % 2 * 13) % COMPETENCIES));
                        row.setInt(3, 1 + random.nextInt(5));
                    });
            batch(connection, "INSERT INTO course_method (course_id, method) VALUES (?, ?)", COURSES * 2, (row, i) -> {
                row.setString(1, courseId(i / 2));
                row.setString(2, METHODS[(i / 2 + i % 2 * 3) % METHODS.length]);
            });
            LocalDate firstStart = LocalDate.of(2027, 1, 4);
            batch(connection, "INSERT INTO course_session (id, course_id, code, start_date, end_date, region_code,"
                    + " region_name, location, capacity, seats_taken, enrollment_opens_on, enrollment_closes_on, status,"
                    + " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'Aula', ?, ?, ?, ?, ?, 0, ?, ?)",
                    COURSES * SESSIONS_PER_COURSE, (row, i) -> {
                        LocalDate start = firstStart.plusDays(random.nextInt(730));
                        int capacity = 20 + random.nextInt(31);
                        row.setString(1, "bench-session-" + i);
                        row.setString(2, courseId(i / SESSIONS_PER_COURSE));
                        row.setString(3, "BENCH-S-" + i);
                        row.setObject(4, start);
                        row.setObject(5, start.plusDays(2));
                        int region = random.nextInt(30);
                        row.setString(6, region == 0 ? "12.73" : String.format("%02d.%02d", 11 + region / 10, region));
                        row.setString(7, "Region " + region);
                        row.setInt(8, capacity);
                        row.setInt(9, random.nextInt(capacity + 1));
                        row.setObject(10, start.minusDays(60));
                        row.setObject(11, start.minusDays(7));
                        row.setString(12, STATUSES[random.nextInt(STATUSES.length)]);
                        row.setTimestamp(13, now);
                        row.setTimestamp(14, now);
                    });
            batch(connection, "INSERT INTO session_day (session_id, day_date, jp, topic) VALUES (?, ?, 8, NULL)",
                    COURSES * SESSIONS_PER_COURSE, (row, i) -> {
                        row.setString(1, "bench-session-" + i);
                        row.setObject(2, LocalDate.of(2027, 1, 4));
                    });
            connection.commit();
            try (var analyze = connection.createStatement()) {
                analyze.execute("ANALYZE TABLE competency, provider, course, course_competency, course_method,"
                        + " course_session");
            }
        }
    }

    private interface RowWriter {
        void write(PreparedStatement row, int index) throws SQLException;
    }

    private static void batch(Connection connection, String sql, int count, RowWriter writer) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                writer.write(statement, i);
                statement.addBatch();
                if (i % 2_000 == 1_999) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String courseId(int index) {
        return String.format("00000000-0000-4000-8000-%012d", index);
    }

    private static String providerId(int index) {
        return String.format("00000000-0000-4000-9000-%012d", index);
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class) + "?rewriteBatchedStatements=true",
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
