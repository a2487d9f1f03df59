package id.kompeten.systemtest;

import static id.kompeten.systemtest.SystemStack.ENROLLMENT;
import static id.kompeten.systemtest.SystemStack.EVALUATION;
import static id.kompeten.systemtest.SystemStack.TRAINING;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokens;
import id.kompeten.systemtest.CompletionEvents.Completion;
import id.kompeten.systemtest.CompletionEvents.Totals;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The database (the one MariaDB holding all three services' schemas) shut down for 20 s while the services keep
 * being called. Meanwhile every read and every write on each service answers 503 problem+json with Retry-After,
 * never 500 and never 2xx for a write; readiness reports DOWN (take the instance out of the load balancer) while
 * liveness stays UP (do not restart it). Completions sent to evaluation during the outage wait for the database
 * rather than being parked as dead letters. After the database is back every service becomes ready again by itself;
 * every write answered 2xx before and after is there, every write refused during the outage is not, and the
 * completions are counted exactly once.
 */
@SystemTest({TRAINING, ENROLLMENT, EVALUATION})
class DatabaseOutageSystemTest {

    private static final Duration OUTAGE = Duration.ofSeconds(20);
    /** Readiness answers within 3 s (DatabaseReadiness); after this it must say DOWN at every poll. */
    private static final Duration DOWN_WITHIN = Duration.ofSeconds(5);
    private static final Duration ROUND_PAUSE = Duration.ofMillis(500);
    private static final Duration READY_BOUND = Duration.ofMinutes(2);
    private static final Duration CAUGHT_UP_BOUND = Duration.ofMinutes(2);
    private static final int COMPLETIONS_DURING_OUTAGE = 20;
    private static final String PERIOD = "2026-04";
    private static final List<String> SERVICES = List.of(TRAINING, ENROLLMENT, EVALUATION);
    /** Every call answers in bounded time (the services bound every database call); a hung call fails the test. */
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 90_000));

    private final SystemStack stack;
    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private final AtomicInteger writes = new AtomicInteger();

    DatabaseOutageSystemTest(SystemStack stack) {
        this.stack = stack;
    }

    /** Whatever happened, the next classes meet a running database and ready services. */
    @AfterAll
    static void databaseBack(SystemStack stack) {
        stack.startDatabase();
        stack.awaitAllReady(READY_BOUND);
    }

    /** One write of the outage (or before or after it): where it went, what it created, the answer. */
    record Write(String service, String key, int status, Response response) {
        @Override
        public String toString() {
            return service + " " + key + " " + status;
        }
    }

    @Test
    void aStoppedDatabaseGives503sAndDownReadinessThenEverythingComesBackWithNoAcceptedWriteLost()
            throws Exception {
        Map<String, String> readKeys = new LinkedHashMap<>();
        List<Write> before = new ArrayList<>();
        for (String service : SERVICES) {
            Write write = write(service);
            assertEquals(201, write.status(), service + " before the outage");
            before.add(write);
            readKeys.put(service, write.key());
            assertEquals(200, read(service, write.key()).statusCode(), service + " reads its write");
        }
        CompletionEvents events = new CompletionEvents(PERIOD, 2);
        List<Completion> completions = events.completions(0, COMPLETIONS_DURING_OUTAGE);

        List<Write> during = new CopyOnWriteArrayList<>();
        Map<String, Integer> readStatuses = new ConcurrentSkipListMap<>();
        List<String> wrongAnswers = new CopyOnWriteArrayList<>();
        Map<String, Integer> readyUpLate = new ConcurrentSkipListMap<>();
        Map<String, Integer> readyDown = new ConcurrentSkipListMap<>();
        Map<String, Integer> liveNotUp = new ConcurrentSkipListMap<>();
        Map<String, Integer> rounds = new ConcurrentSkipListMap<>();
        long stopped;
        long restarted;
        ExecutorService callers = Executors.newFixedThreadPool(SERVICES.size());
        try {
            stack.stopDatabase();
            stopped = System.nanoTime();
            long outageEnd = stopped + OUTAGE.toNanos();
            // Each service called on its own thread, so that one slow answer does not thin out the others' samples.
            List<Future<?>> loops = new ArrayList<>();
            for (String service : SERVICES) {
                loops.add(callers.submit(() -> {
                    while (System.nanoTime() < outageEnd) {
                        rounds.merge(service, 1, Integer::sum);
                        Response read = read(service, readKeys.get(service));
                        readStatuses.merge(service + " read " + read.statusCode(), 1, Integer::sum);
                        check(service + " read", read, wrongAnswers);
                        Write write = write(service);
                        during.add(write);
                        check(service + " write " + write.key(), write.response(), wrongAnswers);

                        int ready = stack.health(service, "ready");
                        if (ready == 503) {
                            readyDown.merge(service, 1, Integer::sum);
                        } else if (System.nanoTime() - stopped > DOWN_WITHIN.toNanos()) {
                            readyUpLate.merge(service + " " + ready, 1, Integer::sum);
                        }
                        int live = stack.health(service, "live");
                        if (live != 200) {
                            liveNotUp.merge(service + " " + live, 1, Integer::sum);
                        }
                        Thread.sleep(ROUND_PAUSE.toMillis());
                    }
                    return null;
                }));
            }
            // Onto the broker, which is up: evaluation takes them while its database is away.
            events.send(stack.kafkaBootstrapServers(), completions);
            for (Future<?> loop : loops) {
                loop.get(OUTAGE.toSeconds() + 120, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
            restarted = System.nanoTime();
            stack.startDatabase();
        }
        long databaseBackMillis = (System.nanoTime() - restarted) / 1_000_000;
        long outageMillis = (restarted - stopped) / 1_000_000;

        Map<String, Long> readyAfterMillis = new TreeMap<>();
        for (String service : SERVICES) {
            await(service + " ready again by itself").atMost(READY_BOUND).pollInterval(Duration.ofMillis(200))
                    .until(() -> stack.health(service, "ready") == 200);
            readyAfterMillis.put(service, (System.nanoTime() - restarted) / 1_000_000);
        }
        List<Write> after = new ArrayList<>();
        for (String service : SERVICES) {
            Write write = write(service);
            assertEquals(201, write.status(), service + " after the outage: " + write.response().asString());
            after.add(write);
        }

        // What was accepted is there, what was refused is not (not half-written either).
        List<String> lost = new ArrayList<>();
        List<String> halfWritten = new ArrayList<>();
        List<Write> accepted = new ArrayList<>(before);
        accepted.addAll(after);
        during.stream().filter(w -> w.status() / 100 == 2).forEach(accepted::add);
        for (Write write : accepted) {
            int status = read(write.service(), write.key()).statusCode();
            if (status != 200) {
                lost.add(write + " → read " + status);
            }
        }
        for (Write write : during.stream().filter(w -> w.status() / 100 != 2).toList()) {
            int status = read(write.service(), write.key()).statusCode();
            if (status != 404) {
                halfWritten.add(write + " → read " + status);
            }
        }

        Totals counted;
        try (Admin admin = CompletionEvents.admin(stack)) {
            await("evaluation caught up with " + CompletionEvents.TOPIC).atMost(CAUGHT_UP_BOUND)
                    .pollInterval(Duration.ofMillis(250)).until(() -> CompletionEvents.lag(admin) == 0);
            counted = events.totals(stack);
        }

        Map<String, Long> writesDuring = new TreeMap<>();
        during.forEach(w -> writesDuring.merge(w.service() + " " + w.status(), 1L, Long::sum));
        SystemStack.say("Database outage: stopped %d ms; rounds of a read and a write per service %s: reads %s,"
                + " writes %s; wrong answers %d; readiness DOWN polls %s, UP after %d s %s; liveness not UP %s;"
                + " MariaDB up again in %d ms, services ready again after %s ms; %d accepted writes, %d lost,"
                + " %d refused writes half-written; %d completions sent during the outage, counted %s",
                outageMillis, rounds, readStatuses, writesDuring, wrongAnswers.size(), readyDown,
                DOWN_WITHIN.toSeconds(), readyUpLate, liveNotUp, databaseBackMillis, readyAfterMillis,
                accepted.size(), lost.size(), halfWritten.size(), COMPLETIONS_DURING_OUTAGE, counted);

        assertEquals(List.of(), wrongAnswers, "during the outage every call is 503 problem+json with Retry-After");
        assertEquals(Map.of(), readyUpLate, "readiness DOWN while the database is away");
        SERVICES.forEach(service -> assertTrue(readyDown.getOrDefault(service, 0) > 0, service + " readiness DOWN"));
        assertEquals(Map.of(), liveNotUp, "liveness stays UP: a restart would not bring the database back");
        assertEquals(List.of(), lost, "every write answered 2xx is there");
        assertEquals(List.of(), halfWritten, "no write refused during the outage left anything behind");
        assertEquals(Totals.of(completions), counted, "completions that came during the outage counted once");
    }

    /** 503, problem+json with the status in the body, and a Retry-After of at least a second. */
    private static void check(String what, Response response, List<String> wrong) {
        String contentType = String.valueOf(response.contentType());
        String retryAfter = response.header("Retry-After");
        boolean right = response.statusCode() == 503 && contentType.startsWith("application/problem+json")
                && retryAfter != null && Integer.parseInt(retryAfter.trim()) >= 1
                && Integer.valueOf(503).equals(response.path("status"));
        if (!right) {
            wrong.add(what + ": " + response.statusCode() + " " + contentType + " Retry-After=" + retryAfter + " "
                    + abbreviate(response.asString()));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** Creates something new on the service: a competency, a participant, a service unit. */
    private Write write(String service) {
        int n = writes.incrementAndGet();
        String key;
        Map<String, Object> body = new LinkedHashMap<>();
        String path;
        DevIdentity identity;
        switch (service) {
            case TRAINING -> {
                key = "DBOUT-" + run + "-" + n;
                path = "/api/v1/competencies";
                identity = DevPersonas.CATALOG_MANAGER;
                body.put("code", key);
                body.put("name", Map.of("id", "Uji gangguan basis data " + n, "en", "Database outage test " + n));
                body.put("type", "TEKNIS");
                body.put("description", "Written while the database may be away.");
            }
            case ENROLLMENT -> {
                key = nip(n);
                path = "/api/v1/participants";
                identity = DevPersonas.ADMIN;
                body.put("nip", key);
                body.put("name", "Pegawai Uji Gangguan " + n);
                body.put("email", "gangguan" + n + "@sibolgakota.go.id");
                body.put("employeeType", "PNS");
                body.put("agency", "Pemerintah Kota Sibolga");
                body.put("unitCode", "UNIT-DBOUT-" + run);
                body.put("positionCode", "PENGADMINISTRASI-LAYANAN");
                body.put("positionName", "Pengadministrasi Layanan Kependudukan");
            }
            default -> {
                key = "DBOUT-" + run + "-" + n;
                path = "/api/v1/service-units";
                identity = DevPersonas.ADMIN;
                body.put("code", key);
                body.put("name", "Loket Uji Gangguan " + n);
                body.put("agency", "Pemerintah Kota Sibolga");
                body.put("parentUnitCode", "UNIT-DBOUT-" + run);
                body.put("serviceTypes", List.of("KTP-el"));
                body.put("keyCompetencies", List.of());
                body.put("frontLineStaff", 3);
            }
        }
        Response response = call(service, identity).contentType(ContentType.JSON).body(body).post(path);
        return new Write(service, key, response.statusCode(), response);
    }

    private Response read(String service, String key) {
        return switch (service) {
            case TRAINING -> call(service, DevPersonas.CATALOG_MANAGER).get("/api/v1/competencies/{code}", key);
            case ENROLLMENT -> call(service, DevPersonas.ADMIN).get("/api/v1/participants/{nip}", key);
            default -> call(service, DevPersonas.ADMIN).get("/api/v1/service-units/{code}", key);
        };
    }

    private RequestSpecification call(String service, DevIdentity identity) {
        return stack.request(service).config(BOUNDED).accept(ContentType.JSON)
                .header("Authorization", DevTokens.bearer(identity));
    }

    /** A valid NIP no demo person and no other run has: born on a random day of 1970-1994, serial per write. */
    private static final LocalDate BORN = LocalDate.of(1970, 1, 1)
            .plusDays(ThreadLocalRandom.current().nextInt(25 * 365));

    private static String nip(int n) {
        LocalDate born = BORN.plusDays(n / 500);
        return String.format(Locale.ROOT, "%04d%02d%02d%04d%02d2%03d", born.getYear(), born.getMonthValue(),
                born.getDayOfMonth(), born.getYear() + 25, born.getMonthValue(), 500 + n % 500);
    }
}
