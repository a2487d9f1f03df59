package id.kompeten.evaluation.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.domain.ReportingPeriods;
import id.kompeten.evaluation.profile.ProfileTestSupport;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevTokens;
import id.kompeten.platform.security.Roles;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.Query;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/dashboard/overview of one agency with 50 service units (50 parent units), 5,000 active staff, 12 months
 * of SKM sums and operational records per unit, 10,000 completions in the year (240 sessions of 30 courses), position
 * standards and 4 competency levels per person: the cold first call, 50 warm calls, the 304 path, and as baselines in
 * the same run the overview of a 1-unit agency and one unit's service quality. Also the statements each overview sends (MariaDB's Questions
 * counter, best of 5) for 50 units and for 1, to show the count does not grow with the units.
 * <p>
 * Service units, competencies and standards go through the API; the bulk rows (employees, SKM month sums, operational
 * records, completions, levels) are inserted directly with batched native inserts, which is fine for a benchmark of a
 * read: their consumers and endpoints are tested elsewhere, and seeding 10,000 completions through events would take
 * minutes. Not part of {@code mvn verify}; run it with {@code mvn verify -pl evaluation-service -am -Pbenchmark}.
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class DashboardBenchmarkTest {

    private static final int UNITS = 50;
    private static final int STAFF_PER_UNIT = 100;
    private static final int COMPLETIONS = 10_000;
    private static final int COURSES = 30;
    private static final int SESSIONS_PER_COURSE = 8;
    private static final int COMPETENCIES = 12;
    private static final int POSITIONS = 5;
    private static final int WARM_CALLS = 50;
    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final DevIdentity ADMIN = DevIdentity.system(Roles.ADMIN);
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    private final Random random = new Random(12);

    @Test
    void overviewOfFiftyUnitsAndFiveThousandStaff() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String agency = "Bench Agency " + run;
        Period period = ReportingPeriods.lastComplete(Period.Kind.QUARTER, LocalDate.now(ZONE));
        long seedStart = System.nanoTime();

        List<String> competencies = new ArrayList<>();
        for (int i = 0; i < COMPETENCIES; i++) {
            competencies.add(ProfileTestSupport.competency("BK-" + run + "-" + i, true));
        }
        List<String> positions = new ArrayList<>();
        for (int p = 0; p < POSITIONS; p++) {
            String position = "BPOS-" + run + "-" + p;
            List<Map<String, Object>> requirements = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                Map<String, Object> requirement = new LinkedHashMap<>();
                requirement.put("competencyCode", competencies.get((p * 2 + c) % COMPETENCIES));
                requirement.put("minLevel", 3);
                requirements.add(requirement);
            }
            int status = send(HttpRequest.newBuilder(base.resolve("/api/v1/positions/" + position
                            + "/competency-standard")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json(Map.of("positionName", "Jabatan " + p,
                            "requirements", requirements))))).statusCode();
            assertEquals(201, status);
            positions.add(position);
        }

        List<String> units = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            String parent = "BORG-" + run + "-" + u;
            String code = "BLOKET-" + run + "-" + u;
            unit(code, agency, parent);
            units.add(code);
            parents.add(parent);
        }
        String single = "BLOKET-" + run + "-SOLO";
        unit(single, "Bench Solo " + run, parents.get(0));

        List<Object[]> employees = new ArrayList<>();
        List<Object[]> levels = new ArrayList<>();
        List<String[]> people = new ArrayList<>(); // nip, unit
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
        for (int u = 0; u < UNITS; u++) {
            for (int s = 0; s < STAFF_PER_UNIT; s++) {
                String nip = String.format(Locale.ROOT, "19%06d%010d", Math.abs(run.hashCode()) % 1_000_000,
                        u * STAFF_PER_UNIT + s);
                String position = positions.get(random.nextInt(POSITIONS));
                employees.add(new Object[] {nip, "PNS", "Pegawai " + u + "-" + s, agency, parents.get(u), position,
                        "Jabatan", null, true, 0, now, now});
                people.add(new String[] {nip, parents.get(u)});
                for (int c : random.ints(0, COMPETENCIES).distinct().limit(4).toArray()) {
                    levels.add(new Object[] {nip, competencies.get(c), 1 + random.nextInt(4), "MANUAL",
                            UUID.randomUUID().toString(), null, null, LocalDate.of(2026, 1, 5), now, 0});
                }
            }
        }
        List<Object[]> months = new ArrayList<>();
        List<Object[]> operations = new ArrayList<>();
        YearMonth last = period.lastMonth();
        for (String unit : units) {
            for (YearMonth month = last.minusMonths(11); !month.isAfter(last); month = month.plusMonths(1)) {
                int respondents = 50 + random.nextInt(350);
                Object[] row = new Object[12];
                row[0] = unit;
                row[1] = month.atDay(1);
                row[2] = respondents;
                for (int e = 0; e < 9; e++) {
                    row[3 + e] = Math.round(respondents * (2.5 + random.nextDouble() * 1.4));
                }
                months.add(row);
                operations.add(new Object[] {unit, month.atDay(1), 500 + random.nextInt(3000),
                        10 + random.nextInt(20), 15 + random.nextInt(30), random.nextInt(20), 0, now, "bench", 0});
            }
        }
        List<Object[]> completions = new ArrayList<>();
        Instant yearStart = LocalDate.of(period.year(), 1, 1).atStartOfDay(ZONE).toInstant();
        long span = period.lastDay().plusDays(1).atStartOfDay(ZONE).toInstant().getEpochSecond()
                - yearStart.getEpochSecond();
        int[] jps = {4, 8, 12, 16, 24};
        // An agency's year: COURSES courses of SESSIONS_PER_COURSE three-day sessions each, spread over the year.
        List<Object[]> sessions = new ArrayList<>(); // course id, session id, start, end, jp
        for (int c = 0; c < COURSES; c++) {
            String course = UUID.randomUUID().toString();
            int jp = jps[random.nextInt(jps.length)];
            for (int s = 0; s < SESSIONS_PER_COURSE; s++) {
                LocalDate start = yearStart.plusSeconds((long) (random.nextDouble() * span)).atZone(ZONE)
                        .toLocalDate();
                sessions.add(new Object[] {course, UUID.randomUUID().toString(), start, start.plusDays(2), jp});
            }
        }
        for (int i = 0; i < COMPLETIONS; i++) {
            String[] person = people.get(random.nextInt(people.size()));
            Object[] session = sessions.get(random.nextInt(sessions.size()));
            LocalDate end = (LocalDate) session[3];
            Instant at = end.atTime(15, 0).atZone(ZONE).toInstant();
            completions.add(new Object[] {UUID.randomUUID().toString(), person[0], person[1], "BPOS", session[0],
                    session[1], "Kursus " + session[0], session[4], 100, session[2], end, Timestamp.from(at), false,
                    UUID.randomUUID().toString(), now});
        }
        insert("employee", "nip, employee_type, name, agency, unit_code, position_code, position_name,"
                + " supervisor_nip, active, source_version, source_updated_at, replicated_at", employees);
        insert("competency_level", "nip, competency_code, level, source, source_reference, course_id, course_title,"
                + " obtained_on, updated_at, version", levels);
        insert("skm_month", "service_unit_code, month_start, respondents, sum_u1, sum_u2, sum_u3, sum_u4, sum_u5,"
                + " sum_u6, sum_u7, sum_u8, sum_u9", months);
        insert("service_operation", "service_unit_code, month_start, transactions, mean_waiting_minutes,"
                + " mean_processing_minutes, complaints_received, complaints_resolved, updated_at, updated_by,"
                + " version", operations);
        insert("course_completion", "enrollment_id, nip, unit_code, position_code, course_id, session_id,"
                + " course_title, jp, attendance_percent, session_start, session_end, completed_at, manual, event_id,"
                + " received_at", completions);
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("ANALYZE TABLE employee, competency_level, skm_month, service_operation,"
                        + " course_completion").getResultList());
        long seeded = System.nanoTime() - seedStart;

        String overview = "/api/v1/dashboard/overview?agency=" + URLEncoder.encode(agency, StandardCharsets.UTF_8);
        String soloOverview = "/api/v1/dashboard/overview?agency="
                + URLEncoder.encode("Bench Solo " + run, StandardCharsets.UTF_8);
        String quality = "/api/v1/service-units/" + units.get(0) + "/service-quality?period=" + period.text();

        long cold = timed(overview, null, 200);
        HttpResponse<String> first = send(get(overview, null));
        String tag = first.headers().firstValue("ETag").orElseThrow();
        long[] warm = new long[WARM_CALLS];
        long[] notModified = new long[WARM_CALLS];
        long[] solo = new long[WARM_CALLS];
        long[] unitQuality = new long[WARM_CALLS];
        for (int i = 0; i < WARM_CALLS; i++) {
            warm[i] = timed(overview, null, 200);
            notModified[i] = timed(overview, tag, 304);
            solo[i] = timed(soloOverview, null, 200);
            unitQuality[i] = timed(quality, null, 200);
        }
        long statements = statements(overview);
        long soloStatements = statements(soloOverview);

        System.out.printf(Locale.ROOT, "%nDASHBOARD BENCHMARK (%d units, %d active staff, %d SKM months, %d operational"
                + " months, %d completions, %d levels; period %s; seeded in %d ms; answer %.1f KB)%n", UNITS,
                employees.size(), months.size(), operations.size(), completions.size(), levels.size(), period,
                seeded / 1_000_000, first.body().length() / 1024.0);
        System.out.printf(Locale.ROOT, "  overview, cold first call:            %7.1f ms%n", cold / 1e6);
        print("overview, 50 units, warm", warm);
        print("overview, 50 units, 304 (If-None-Match)", notModified);
        print("baseline: overview of a 1-unit agency", solo);
        print("baseline: one unit's service-quality", unitQuality);
        System.out.printf(Locale.ROOT, "  statements per overview (best of 5): 50 units %d, 1 unit %d%n", statements,
                soloStatements);
        explain(parents, period);
    }

    private void unit(String code, String agency, String parent) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Loket " + code);
        body.put("agency", agency);
        body.put("parentUnitCode", parent);
        body.put("region", "Kota Bench");
        body.put("serviceTypes", List.of("KTP-el"));
        body.put("keyCompetencies", List.of());
        body.put("frontLineStaff", 6);
        int status = send(HttpRequest.newBuilder(base.resolve("/api/v1/service-units"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)))).statusCode();
        assertEquals(201, status);
    }

    private static String json(Object value) throws Exception {
        return JSON.writeValueAsString(value);
    }

    /** Multi-row INSERTs of 500 rows, each in its own transaction (statements are bounded by a 3 s timeout). */
    private static void insert(String table, String columns, List<Object[]> rows) {
        int width = columns.split(",").length;
        String tuple = "(" + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")";
        for (int start = 0; start < rows.size(); start += 500) {
            List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + 500));
            QuarkusTransaction.requiringNew().run(() -> {
                Query insert = Panache.getEntityManager().createNativeQuery("INSERT INTO " + table + " (" + columns
                        + ") VALUES " + String.join(", ", java.util.Collections.nCopies(chunk.size(), tuple)));
                int p = 1;
                for (Object[] row : chunk) {
                    for (Object cell : row) {
                        insert.setParameter(p++, cell);
                    }
                }
                insert.executeUpdate();
            });
        }
    }

    private HttpRequest.Builder get(String path, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "en");
        return ifNoneMatch == null ? request : request.header("If-None-Match", ifNoneMatch);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.header("Authorization", DevTokens.bearer(ADMIN)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Nanoseconds from sending the request to its whole answer, which must have the status. */
    private long timed(String path, String ifNoneMatch, int status) throws Exception {
        HttpRequest request = get(path, ifNoneMatch).header("Authorization", DevTokens.bearer(ADMIN)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        long time = System.nanoTime() - start;
        assertEquals(status, response.statusCode(), response.body());
        return time;
    }

    /** The statements MariaDB received during one call (its global Questions counter; best of 5, as others poll). */
    private long statements(String path) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long before = questions();
            timed(path, null, 200);
            best = Math.min(best, questions() - before - 1); // less the SHOW STATUS itself
        }
        return best;
    }

    private static long questions() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) Panache.getEntityManager()
                    .createNativeQuery("SHOW GLOBAL STATUS LIKE 'Questions'").getSingleResult();
            return Long.parseLong(row[1].toString());
        });
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-40s median %6.1f ms, p95 %6.1f ms, max %6.1f ms (%d calls)%n", what + ":",
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    /** The plan of the JP-per-person read, to see it uses the (nip, completed_at, jp) index. */
    private static void explain(List<String> parents, Period period) {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> plan = Panache.getEntityManager().createNativeQuery("EXPLAIN SELECT c.nip, SUM(c.jp)"
                            + " FROM course_completion c JOIN employee e ON e.nip = c.nip WHERE e.active = 1"
                            + " AND e.unit_code IN (:units) AND c.completed_at >= :from AND c.completed_at < :to"
                            + " GROUP BY c.nip")
                    .setParameter("units", parents)
                    .setParameter("from", LocalDate.of(period.year(), 1, 1).atStartOfDay(ZONE).toInstant())
                    .setParameter("to", period.lastDay().plusDays(1).atStartOfDay(ZONE).toInstant())
                    .getResultList();
            System.out.println("  plan of the JP-per-person read (table, type, key, rows, extra):");
            for (Object[] row : plan) {
                System.out.printf(Locale.ROOT, "    %s, %s, %s, %s, %s%n", row[2], row[3], row[5], row[8], row[9]);
            }
        });
    }
}
