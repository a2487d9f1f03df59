package id.kompeten.enrollment.rest;

import static id.kompeten.enrollment.EnrollmentTestSupport.ENROLLMENTS;
import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static id.kompeten.enrollment.ParticipantTestSupport.newNip;
import static id.kompeten.enrollment.ParticipantTestSupport.newUnit;
import static id.kompeten.enrollment.ParticipantTestSupport.participant;
import static id.kompeten.enrollment.ParticipantTestSupport.registerIn;
import static id.kompeten.enrollment.ParticipantTestSupport.supervisor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.enrollment.EnrollmentTestSupport.Session;
import id.kompeten.enrollment.TranscriptTestSupport;
import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seats are exact under concurrency: 100 simultaneous approvals for a 10-seat session give exactly 10 CONFIRMED and
 * 90 WAITLISTED, 20 times; then 5 simultaneous withdrawals promote exactly the next 5 in the session's waitlist order
 * (first come first served, and JP-deficit priority on alternate rounds). The requests are concurrent HTTP requests
 * on one instance, each on its own database connection and transaction; what makes the count exact is the seat row
 * lock in the database, which two instances on one database share the same way (no JVM lock is involved).
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class SeatConcurrencyTest {

    static final int PEOPLE = 100;
    static final int SEATS = 10;
    static final int ROUNDS = 20;
    static ExecutorService pool;

    @BeforeAll
    static void start() {
        pool = Executors.newFixedThreadPool(PEOPLE);
    }

    @AfterAll
    static void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    record Person(String nip, String unit, String boss) {
    }

    @Test
    void hundredApprovalsForTenSeatsThenFiveWithdrawalsPromoteTheNextFiveInPolicyOrder() throws Exception {
        String unit = newUnit();
        String boss = newNip();
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(new Person(registerIn(unit, boss), unit, boss));
        }
        // Every second person already completed 24 JP in each year the rounds' sessions end in (the completion
        // records transcripts count): JP-deficit priority puts the others first.
        Set<String> earned = new HashSet<>();
        for (int i = 0; i < PEOPLE; i += 2) {
            earned.add(people.get(i).nip());
        }
        Set<Integer> years = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            years.add(roundSession(round).start.plusDays(2).getYear());
        }
        for (int year : years) {
            LocalDate day = LocalDate.of(year, 1, 5);
            for (String nip : earned) {
                TranscriptTestSupport.completed(nip, UUID.randomUUID().toString(), "Pelayanan Prima", "BPSDM", 24,
                        day, day);
            }
        }

        for (int round = 0; round < ROUNDS; round++) {
            boolean jpPolicy = round % 2 == 1;
            Session session = roundSession(round);
            session.publish();
            if (jpPolicy) {
                as(admin()).body(Map.of("policy", "JP_DEFICIT_PRIORITY"))
                        .put("/api/v1/sessions/" + session.id + "/waitlist-policy").then().statusCode(200);
            }
            List<String> ids = all(people.stream().map(p -> (Callable<String>) () -> as(participant(p.nip(), p.unit()))
                    .body(Map.of("nip", p.nip(), "sessionId", session.id)).post(ENROLLMENTS)
                    .then().statusCode(201).extract().jsonPath().getString("id")).toList());

            List<String> outcomes = all(ids.stream().map(id -> (Callable<String>) () -> retrying503(() ->
                    as(supervisor(boss, unit)).header("If-Match", "\"0\"").post(ENROLLMENTS + "/" + id + "/approve"))
                    .then().statusCode(200).extract().jsonPath().getString("status")).toList());
            assertEquals(SEATS, Collections.frequency(outcomes, "CONFIRMED"), "round " + round + ": " + outcomes);
            assertEquals(PEOPLE - SEATS, Collections.frequency(outcomes, "WAITLISTED"), "round " + round);
            assertSeats(session.id, SEATS, PEOPLE - SEATS);

            List<Map<String, Object>> list = enrollments(session.id);
            List<Map<String, Object>> waiting = new ArrayList<>(list.stream()
                    .filter(e -> "WAITLISTED".equals(e.get("status"))).toList());
            Comparator<Map<String, Object>> byRequest = Comparator.<Map<String, Object>, Instant>comparing(
                    e -> Instant.parse((String) e.get("requestedAt"))).thenComparing(e -> (String) e.get("id"));
            waiting.sort(jpPolicy ? Comparator.<Map<String, Object>, Boolean>comparing(
                    e -> earned.contains((String) e.get("nip"))).thenComparing(byRequest) : byRequest);
            Set<String> expected = new HashSet<>(waiting.subList(0, 5).stream().map(e -> (String) e.get("id")).toList());

            List<Map<String, Object>> leaving = list.stream().filter(e -> "CONFIRMED".equals(e.get("status")))
                    .limit(5).toList();
            all(leaving.stream().map(e -> (Callable<String>) () -> as(participant((String) e.get("nip"), unit))
                    .header("If-Match", "\"" + e.get("version") + "\"")
                    .post(ENROLLMENTS + "/" + e.get("id") + "/withdraw").then().statusCode(200)
                    .extract().jsonPath().getString("status")).toList());

            Set<String> promoted = new HashSet<>(enrollments(session.id).stream()
                    .filter(e -> "CONFIRMED".equals(e.get("status")) && e.get("waitlistedAt") != null)
                    .map(e -> (String) e.get("id")).toList());
            assertEquals(expected, promoted, "round " + round + (jpPolicy ? " (JP deficit)" : " (first come)"));
            assertSeats(session.id, SEATS, PEOPLE - SEATS - 5);
        }
    }

    /**
     * Simultaneous requests of one person for one session: one is created, every other gets the 409 naming it, also
     * those that passed the look-up together with it and were stopped by the database's unique key.
     */
    @Test
    void simultaneousRequestsOfOnePersonCreateOneAndTheOthersNameIt() throws Exception {
        String unit = newUnit();
        for (int round = 0; round < 5; round++) {
            String nip = registerIn(unit, newNip());
            Session session = new Session();
            session.publish();
            List<io.restassured.response.Response> answers = all(java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> (Callable<io.restassured.response.Response>) () -> retrying503(() ->
                            as(participant(nip, unit)).body(Map.of("nip", nip, "sessionId", session.id))
                                    .post(ENROLLMENTS)))
                    .toList());
            List<String> created = answers.stream().filter(a -> a.statusCode() == 201)
                    .map(a -> a.jsonPath().getString("id")).toList();
            assertEquals(1, created.size(), "round " + round);
            for (io.restassured.response.Response answer : answers) {
                if (answer.statusCode() != 201) {
                    assertEquals(409, answer.statusCode(), answer.asString());
                    assertTrue(answer.jsonPath().getString("detail").contains(created.get(0)), answer.asString());
                }
            }
        }
    }

    /** The round's session (not yet published): 10 seats, 3 days, no round overlapping another's confirmed days. */
    static Session roundSession(int round) {
        Session session = new Session();
        session.capacity = SEATS;
        session.start = session.start.plusDays(5L * round);
        return session;
    }

    /**
     * 503 is the service's "database busy, retry" (no free connection within the acquisition timeout: 100 requests
     * queue for 16 connections and one seat lock on two loaded cores); its transaction never started, so a client
     * retries it, as this one does.
     */
    static io.restassured.response.Response retrying503(
            java.util.function.Supplier<io.restassured.response.Response> call) {
        io.restassured.response.Response response = call.get();
        for (int attempt = 0; response.statusCode() == 503 && attempt < 20; attempt++) {
            response = call.get();
        }
        return response;
    }

    static void assertSeats(String sessionId, int confirmed, int waitlisted) {
        JsonPath seats = as(admin()).get("/api/v1/sessions/" + sessionId + "/seats").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(confirmed, seats.getInt("confirmed"));
        assertEquals(waitlisted, seats.getInt("waitlisted"));
        List<Map<String, Object>> list = enrollments(sessionId);
        assertEquals(confirmed, list.stream().filter(e -> "CONFIRMED".equals(e.get("status"))).count());
        assertEquals(waitlisted, list.stream().filter(e -> "WAITLISTED".equals(e.get("status"))).count());
    }

    static List<Map<String, Object>> enrollments(String sessionId) {
        return as(admin()).queryParam("sessionId", sessionId).queryParam("size", 200).get(ENROLLMENTS)
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** Runs the calls at once (released together) and returns their results in order. */
    static <T> List<T> all(List<Callable<T>> calls) throws Exception {
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
