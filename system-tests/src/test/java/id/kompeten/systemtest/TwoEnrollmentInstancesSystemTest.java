package id.kompeten.systemtest;

import static id.kompeten.systemtest.SystemStack.ENROLLMENT;
import static id.kompeten.systemtest.SystemStack.TRAINING;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two enrollment-service processes on one database, as a deployment scaled out runs them: for a 10-seat session,
 * 25 people ask, and their supervisor's approvals arrive at both instances at once (every second call to the other
 * instance); the seat count must stay exact, because what keeps it exact is the seat row lock in the database, not
 * anything in one JVM. Then withdrawals, also spread over both: the waitlist moves up, and no freed seat stays empty
 * while someone waits. Repeated over many fresh sessions (made through training-service's API, as a catalogue
 * manager would); every number is read back from enrollment's API.
 */
@SystemTest({TRAINING, ENROLLMENT})
class TwoEnrollmentInstancesSystemTest {

    private static final int SEATS = 10;
    private static final int PEOPLE = 25;
    /** Confirmed people who withdraw first: each freed seat goes to the first waitlisted. */
    private static final int FIRST_WITHDRAWALS = 3;
    /** Then so many more (confirmed and waitlisted mixed) that fewer active requests than seats remain. */
    private static final int CONFIRMED_LEAVING = 5;
    private static final int WAITLISTED_LEAVING = 9;
    private static final int ROUNDS = 50;
    /**
     * The rounds stop early when this is spent (about 11 s a round on a two-core machine: all 50 would add eight
     * minutes to every build); the count run is printed. All 50: {@code -Dkompeten.two-instances.rounds-budget=PT15M}.
     */
    private static final Duration ROUNDS_BUDGET = Duration.parse(
            System.getProperty("kompeten.two-instances.rounds-budget", "PT2M"));
    private static final int MIN_ROUNDS = 10;
    private static final Duration REPLICA_BOUND = Duration.ofMinutes(2);
    private static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Jakarta");
    private static final String ENROLLMENTS = "/api/v1/enrollments";

    private static ExecutorService pool;

    private final SystemStack stack;
    private final List<String> instances;

    TwoEnrollmentInstancesSystemTest(SystemStack stack) {
        this.stack = stack;
        this.instances = List.of(ENROLLMENT, stack.requireSecondInstance(ENROLLMENT));
    }

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(PEOPLE);
    }

    @AfterAll
    static void stopPoolAndSecondInstance(SystemStack stack) {
        if (pool != null) {
            pool.shutdownNow();
        }
        // The later test classes of this JVM expect one instance of each service (a killed one must not be covered
        // by its twin).
        stack.stopSecondInstance(ENROLLMENT);
    }

    @Test
    void approvalsAndWithdrawalsOverBothInstancesNeverExceedTheSeatsNorLoseOne() throws Exception {
        String unit = "UNIT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String boss = nip(0);
        DevIdentity supervisor = DevIdentity.person("SUPERVISOR", boss, unit);
        List<String> people = new ArrayList<>();
        for (int i = 1; i <= PEOPLE; i++) {
            String nip = nip(i);
            // Registered half on each instance: both write the one register.
            on(i, DevPersonas.ADMIN).body(participant(nip, unit, boss)).post("/api/v1/participants")
                    .then().statusCode(201);
            people.add(nip);
        }
        DemoSessionCopies copies = new DemoSessionCopies(stack);
        long begin = System.nanoTime();
        List<Integer> promotedPerRound = new ArrayList<>();
        int round = 0;
        for (; round < ROUNDS; round++) {
            if (round >= MIN_ROUNDS && System.nanoTime() - begin > ROUNDS_BUDGET.toNanos()) {
                break;
            }
            String sessionId = newSession(copies, round);
            awaitReplicaOf(sessionId);

            List<Response> requests = all(people.stream().map(nip -> (Callable<Response>) () -> {
                int i = people.indexOf(nip);
                return retrying(() -> on(i, DevIdentity.person("PARTICIPANT", nip, unit))
                        .body(Map.of("nip", nip, "sessionId", sessionId)).post(ENROLLMENTS));
            }).toList());
            List<String> ids = new ArrayList<>();
            for (Response created : requests) {
                assertEquals(201, created.statusCode(), "round " + round + ": " + created.asString());
                ids.add(created.path("id"));
            }

            // The approvals, all released together, alternately to either instance.
            List<Response> approvals = all(ids.stream().map(id -> (Callable<Response>) () -> retrying(() ->
                    on(ids.indexOf(id), supervisor).header("If-Match", etagOf(requests.get(ids.indexOf(id))))
                            .post(ENROLLMENTS + "/{id}/approve", id))).toList());
            List<String> outcomes = new ArrayList<>();
            for (Response approval : approvals) {
                assertEquals(200, approval.statusCode(), "round " + round + ": " + approval.asString());
                outcomes.add(approval.path("status"));
            }
            assertEquals(SEATS, Collections.frequency(outcomes, "CONFIRMED"), "round " + round + ": " + outcomes);
            assertEquals(PEOPLE - SEATS, Collections.frequency(outcomes, "WAITLISTED"), "round " + round);
            assertSeats(round, sessionId, SEATS, PEOPLE - SEATS);

            // Confirmed people withdraw at once, on both instances: each freed seat goes to someone waiting.
            List<Map<String, Object>> list = enrollments(sessionId);
            withdrawAll(round, unit, byStatus(list, "CONFIRMED").subList(0, FIRST_WITHDRAWALS));
            List<Map<String, Object>> after = enrollments(sessionId);
            long promoted = after.stream()
                    .filter(e -> "CONFIRMED".equals(e.get("status")) && e.get("waitlistedAt") != null).count();
            // The counts first (a seat left free beside a waitlist shows as 9 confirmed), then who took the seats.
            assertSeats(round, sessionId, SEATS, PEOPLE - SEATS - FIRST_WITHDRAWALS);
            assertEquals(FIRST_WITHDRAWALS, promoted, "round " + round + ": the first waitlisted take the seats: "
                    + after.stream().map(e -> e.get("status") + "/" + e.get("waitlistedAt")).toList());
            promotedPerRound.add((int) promoted);

            // Then confirmed and waitlisted leave together, until fewer ask than there are seats: every one left
            // must hold a seat (confirmed = min(capacity, active requests)), none stays waiting beside a free seat.
            List<Map<String, Object>> leaving = new ArrayList<>(byStatus(after, "CONFIRMED")
                    .subList(0, CONFIRMED_LEAVING));
            leaving.addAll(byStatus(after, "WAITLISTED").subList(0, WAITLISTED_LEAVING));
            withdrawAll(round, unit, leaving);
            int active = PEOPLE - FIRST_WITHDRAWALS - CONFIRMED_LEAVING - WAITLISTED_LEAVING;
            assertSeats(round, sessionId, Math.min(SEATS, active), Math.max(0, active - SEATS));
        }
        long millis = (System.nanoTime() - begin) / 1_000_000;
        SystemStack.say("Two enrollment instances: %d rounds in %d ms (%d ms a round); each round %d requests for %d"
                + " seats → %d CONFIRMED, %d WAITLISTED; %d withdrawn → %d promoted; then %d active → %d CONFIRMED",
                round, millis, millis / Math.max(1, round), PEOPLE, SEATS, SEATS, PEOPLE - SEATS, FIRST_WITHDRAWALS,
                FIRST_WITHDRAWALS, PEOPLE - FIRST_WITHDRAWALS - CONFIRMED_LEAVING - WAITLISTED_LEAVING,
                Math.min(SEATS, PEOPLE - FIRST_WITHDRAWALS - CONFIRMED_LEAVING - WAITLISTED_LEAVING));
        assertTrue(round >= MIN_ROUNDS, "rounds run: " + round);
        assertEquals(Collections.nCopies(round, FIRST_WITHDRAWALS), promotedPerRound);
    }

    /** Every withdrawal at once, alternately on either instance; a version moved by a promotion is read again. */
    private void withdrawAll(int round, String unit, List<Map<String, Object>> leaving) throws Exception {
        List<Response> answers = all(leaving.stream().map(e -> (Callable<Response>) () -> {
            int i = leaving.indexOf(e);
            DevIdentity participant = DevIdentity.person("PARTICIPANT", (String) e.get("nip"), unit);
            String etag = "\"" + e.get("version") + "\"";
            Response answer = null;
            for (int attempt = 0; attempt < 20; attempt++) {
                String ifMatch = etag;
                int which = i + attempt; // a retry goes to the other instance
                answer = retrying(() -> on(which, participant).header("If-Match", ifMatch)
                        .body(Map.of("reason", "Bentrok dengan tugas luar kota"))
                        .post(ENROLLMENTS + "/{id}/withdraw", e.get("id")));
                if (answer.statusCode() != 412) {
                    break;
                }
                // Promoted meanwhile (its version moved): withdraw what it is now, as a client would.
                etag = on(i, participant).get(ENROLLMENTS + "/{id}", e.get("id")).then().statusCode(200).extract()
                        .header("ETag");
            }
            return answer;
        }).toList());
        for (Response answer : answers) {
            assertEquals(200, answer.statusCode(), "round " + round + ": " + answer.asString());
            assertEquals("WITHDRAWN", answer.path("status"));
        }
    }

    /** The seat counter and the list agree, on both instances. */
    private void assertSeats(int round, String sessionId, int confirmed, int waitlisted) {
        for (String instance : instances) {
            Response seats = admin(instance).get("/api/v1/sessions/{id}/seats", sessionId);
            assertEquals(200, seats.statusCode(), seats.asString());
            assertEquals(confirmed, (int) seats.path("confirmed"), "round " + round + " on " + instance);
            assertEquals(waitlisted, (int) seats.path("waitlisted"), "round " + round + " on " + instance);
        }
        List<Map<String, Object>> list = enrollments(sessionId);
        assertEquals(confirmed, byStatus(list, "CONFIRMED").size(), "round " + round);
        assertEquals(waitlisted, byStatus(list, "WAITLISTED").size(), "round " + round);
        assertTrue(confirmed <= SEATS);
    }

    private List<Map<String, Object>> enrollments(String sessionId) {
        return admin(ENROLLMENT).queryParam("sessionId", sessionId).queryParam("size", 200).get(ENROLLMENTS)
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static List<Map<String, Object>> byStatus(List<Map<String, Object>> list, String status) {
        return list.stream().filter(e -> status.equals(e.get("status"))).toList();
    }

    /**
     * A 10-seat copy of an open demo session, its days after every earlier round's (one person may not hold seats in
     * two sessions on the same day), enrollment open from today.
     */
    private String newSession(DemoSessionCopies copies, int round) {
        LocalDate start = LocalDate.now(AGENCY_ZONE).plusDays(30 + round * (copies.span() + 1));
        return copies.create("TWOINST-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT) + "-"
                + round, start, SEATS, LocalDate.now(AGENCY_ZONE)).id();
    }

    /** Enrollment learns of the session from the catalogue's events; open means its seats answer on both. */
    private void awaitReplicaOf(String sessionId) {
        await("session " + sessionId + " open in enrollment's replica").atMost(REPLICA_BOUND)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> instances.stream().allMatch(instance ->
                        admin(instance).get("/api/v1/sessions/{id}/seats", sessionId).statusCode() == 200));
    }

    /** Calls with an even index go to the first instance, odd ones to the second. */
    private RequestSpecification on(int index, DevIdentity identity) {
        return stack.request(instances.get(Math.floorMod(index, 2))).contentType(ContentType.JSON)
                .accept(ContentType.JSON).header("Authorization", DevTokens.bearer(identity));
    }

    private RequestSpecification admin(String instance) {
        return stack.request(instance).header("Authorization", DevTokens.bearer(DevPersonas.ADMIN));
    }

    private static String etagOf(Response created) {
        return created.header("ETag");
    }

    /**
     * 503 is the service's "busy, retry" (no database connection within the acquisition timeout) and 409
     * catalog-not-synchronised means the course trails the session in the replica: neither began a change.
     */
    private static Response retrying(Supplier<Response> call) {
        Response response = call.get();
        for (int attempt = 0; attempt < 40 && retryable(response); attempt++) {
            response = call.get();
        }
        return response;
    }

    private static boolean retryable(Response response) {
        return response.statusCode() == 503 || response.statusCode() == 409
                && String.valueOf(response.jsonPath().getString("type")).endsWith("catalog-not-synchronised");
    }

    /** A registration body of a PNS of the unit (enrollment's participant register). */
    private static Map<String, Object> participant(String nip, String unit, String supervisorNip) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nip", nip);
        body.put("name", "Pegawai Uji " + nip.substring(14));
        body.put("email", "pegawai" + nip.substring(14) + "@sibolgakota.go.id");
        body.put("phone", "+62 812 6543 2109");
        body.put("employeeType", "PNS");
        body.put("agency", "Pemerintah Kota Sibolga");
        body.put("unitCode", unit);
        body.put("positionCode", "PENGADMINISTRASI-LAYANAN");
        body.put("positionName", "Pengadministrasi Layanan Kependudukan");
        body.put("supervisorNip", supervisorNip);
        return body;
    }

    /**
     * A valid NIP of this test run: born on a day chosen per run (1966-1995), appointed at 25, male, serial 900 +
     * index, so that no demo person and no earlier run in the same database has it.
     */
    private static final LocalDate BORN = LocalDate.of(1966, 1, 1)
            .plusDays(Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 30 * 365));

    private static String nip(int index) {
        LocalDate born = BORN.plusDays(index / 100);
        return String.format(Locale.ROOT, "%04d%02d%02d%04d%02d1%03d", born.getYear(), born.getMonthValue(),
                born.getDayOfMonth(), born.getYear() + 25, born.getMonthValue(), 900 + index % 100);
    }

    /** Runs the calls at once (released together) and returns their results in order. */
    private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> call : calls) {
            futures.add(pool.submit(() -> {
                gate.await();
                return call.call();
            }));
        }
        gate.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
