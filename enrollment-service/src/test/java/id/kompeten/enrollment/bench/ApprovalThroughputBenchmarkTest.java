package id.kompeten.enrollment.bench;

import static id.kompeten.enrollment.EnrollmentTestSupport.ENROLLMENTS;
import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.newNip;
import static id.kompeten.enrollment.ParticipantTestSupport.newUnit;
import static id.kompeten.enrollment.ParticipantTestSupport.participant;
import static id.kompeten.enrollment.ParticipantTestSupport.supervisor;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.enrollment.EnrollmentApproved;
import id.kompeten.contracts.enrollment.EnrollmentConfirmed;
import id.kompeten.contracts.enrollment.EnrollmentWaitlisted;
import id.kompeten.contracts.enrollment.SeatsChanged;
import id.kompeten.enrollment.EnrollmentTestSupport;
import id.kompeten.enrollment.EnrollmentTestSupport.Session;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Approvals per second on one instance against the real database, and the same rows written with raw JDBC in the same
 * run as the baseline, so the service's overhead shows as a ratio:
 * <ul>
 * <li>free seats: every approval of a round has a session of its own (capacity left), so no two approvals of the round
 * wait for one seat row;</li>
 * <li>contention: every approval of a round is for ONE session of {@value #CONTENDED_CAPACITY} seats, so all of them
 * queue for its seat row and most end WAITLISTED; the round asserts exactly {@value #CONTENDED_CAPACITY} CONFIRMED,
 * so its number is one of a correct run.</li>
 * </ul>
 * The requests are created beforehand (not timed); C concurrent HTTP/1.1 clients (closed loop: each sends its next
 * approval when the last one answered) approve them as the participants' supervisor. A 503 (no database connection
 * within the acquisition timeout) is counted and retried, as a client should; any other 5xx fails the benchmark.
 * <p>
 * The baseline does per approval what the approval writes, in one transaction, with the same number of clients sharing
 * at most as many connections as the service's pool: lock the seat row ({@code SELECT ... FOR UPDATE}), insert the
 * enrollment row, update the seat row, insert the three outbox rows an approval writes (Approved, Confirmed or
 * Waitlisted, SeatsChanged; marked sent, so the relay leaves them alone). It skips everything else the service does:
 * HTTP, the token, reading the enrollment, participant and replica, the person's lock and overlap check, Hibernate.
 * <p>
 * Warm-up rounds run first; before every timed round the outbox is drained, so no round pays for the relay's work on
 * an earlier one. The 1-minute load average is printed with every row (the numbers come from a shared machine). Not
 * part of {@code mvn verify}:
 * {@code mvn -o verify -pl enrollment-service -am -Pbenchmark -Dtest=ApprovalThroughputBenchmarkTest}
 * ({@code -Dbench.approvals=} changes the approvals per round, default {@value #DEFAULT_APPROVALS}).
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class ApprovalThroughputBenchmarkTest {

    static final int DEFAULT_APPROVALS = 400;
    static final int APPROVALS = Integer.getInteger("bench.approvals", DEFAULT_APPROVALS);
    static final int WARM_UP_APPROVALS = Math.min(100, APPROVALS);
    static final int[] CLIENTS = {8, 32};
    static final int CONTENDED_CAPACITY = 10;
    /** Seats of every free-seats session: the warm-up and each timed round take at most one each. */
    static final int FREE_CAPACITY = 10;
    /** Threads that prepare (sessions, requests); not timed. */
    static final int SETUP_THREADS = 8;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** HTTP/1.1: the JDK client's default cleartext upgrade to HTTP/2 (h2c) fails on requests with a body here. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @TestHTTPResource("/")
    URI base;

    /** A REQUESTED enrollment, ready to be approved with its ETag. */
    record Requested(String id, String etag) {
    }

    /** One timed round. */
    record Round(String scenario, int clients, String what, int approvals, long nanos, long[] latencies,
            int confirmed, int waitlisted, int unavailable, double loadBefore, double loadAfter) {

        double perSecond() {
            return approvals / (nanos / 1e9);
        }

        double percentileMs(double p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    private final Queue<String> failures = new ConcurrentLinkedQueue<>();

    @Test
    void approvalsPerSecond() throws Exception {
        int poolMax = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.max-size", Integer.class);
        String unit = newUnit();
        String boss = newNip();
        String bossToken = DevTokens.bearer(supervisor(boss, unit));
        int freeRounds = 1 + CLIENTS.length;
        int people = (WARM_UP_APPROVALS + APPROVALS * CLIENTS.length) * 2;
        List<String> nips = importPeople(unit, boss, people);

        List<Session> free = parallel(IntStream.range(0, APPROVALS).mapToObj(i -> (Callable<Session>) () -> {
            Session session = new Session();
            session.capacity = FREE_CAPACITY;
            return session.publish();
        }).toList());
        assertTrue(freeRounds <= FREE_CAPACITY, "every free-seats round must find a seat in every session");

        int[] nextPerson = {0};
        java.util.function.BiFunction<List<Session>, Integer, List<Requested>> request = (sessions, count) -> {
            List<String> who = nips.subList(nextPerson[0], nextPerson[0] + count);
            nextPerson[0] += count;
            try {
                return parallel(IntStream.range(0, count).mapToObj(i -> (Callable<Requested>) () ->
                        request(who.get(i), unit, sessions.get(i % sessions.size()).id)).toList());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        List<Round> rounds = new ArrayList<>();
        // Warm-up: JIT, connection pools, caches of the service, the client and the database; not printed.
        service("free seats", 8, request.apply(free, WARM_UP_APPROVALS), bossToken, null);
        Session warmContended = contended();
        service("contention", 8, request.apply(List.of(warmContended), WARM_UP_APPROVALS), bossToken, warmContended);
        baseline("free seats", 8, WARM_UP_APPROVALS, false, poolMax);
        baseline("contention", 8, WARM_UP_APPROVALS, true, poolMax);

        for (int clients : CLIENTS) {
            rounds.add(service("free seats", clients, request.apply(free, APPROVALS), bossToken, null));
            rounds.add(baseline("free seats", clients, APPROVALS, false, poolMax));
            Session session = contended();
            rounds.add(service("contention", clients, request.apply(List.of(session), APPROVALS), bossToken, session));
            rounds.add(baseline("contention", clients, APPROVALS, true, poolMax));
        }
        print(rounds, poolMax);
        assertTrue(failures.isEmpty(), "answers other than 200/503:\n" + String.join("\n", failures));
    }

    // ---- the service ------------------------------------------------------------------------------------------------

    /** Approves every request with {@code clients} concurrent clients; checks the seats when the round is contended. */
    private Round service(String scenario, int clients, List<Requested> requested, String token, Session contended)
            throws Exception {
        awaitOutboxDrained();
        AtomicInteger confirmed = new AtomicInteger();
        AtomicInteger waitlisted = new AtomicInteger();
        AtomicInteger unavailable = new AtomicInteger();
        long[] latencies = new long[requested.size()];
        double loadBefore = load();
        long nanos = timed(clients, requested.size(), i -> {
            Requested enrollment = requested.get(i);
            HttpRequest approve = HttpRequest.newBuilder(base.resolve(ENROLLMENTS + "/" + enrollment.id() + "/approve"))
                    .header("Authorization", token).header("If-Match", enrollment.etag())
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build();
            long start = System.nanoTime();
            HttpResponse<String> response = HTTP.send(approve, HttpResponse.BodyHandlers.ofString());
            for (int attempt = 0; response.statusCode() == 503 && attempt < 50; attempt++) {
                unavailable.incrementAndGet();
                response = HTTP.send(approve, HttpResponse.BodyHandlers.ofString());
            }
            latencies[i] = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                failures.add(scenario + " C=" + clients + " approve " + enrollment.id() + ": " + response.statusCode()
                        + " " + response.body());
                return;
            }
            String status = JSON.readTree(response.body()).path("status").asText();
            (switch (status) {
                case "CONFIRMED" -> confirmed;
                case "WAITLISTED" -> waitlisted;
                default -> throw new IllegalStateException("approved into " + status);
            }).incrementAndGet();
        });
        Round round = new Round(scenario, clients, "service", requested.size(), nanos, latencies, confirmed.get(),
                waitlisted.get(), unavailable.get(), loadBefore, load());
        if (contended == null) {
            assertEquals(requested.size(), round.confirmed(), scenario + " C=" + clients + ": every approval a seat");
        } else {
            assertExact(round, contended.id, requested.size());
        }
        return round;
    }

    /** Exactly the capacity CONFIRMED, in the answers, in the seat counter and in the enrollment rows. */
    private void assertExact(Round round, String sessionId, int approvals) throws Exception {
        String label = round.scenario() + " C=" + round.clients() + " " + round.what();
        assertEquals(CONTENDED_CAPACITY, round.confirmed(), label + ": CONFIRMED answers");
        assertEquals(approvals - CONTENDED_CAPACITY, round.waitlisted(), label + ": WAITLISTED answers");
        assertEquals(String.valueOf(CONTENDED_CAPACITY),
                EnrollmentTestSupport.value("SELECT confirmed FROM session_seats WHERE session_id = ?", sessionId),
                label + ": seat counter");
        assertEquals(String.valueOf(approvals - CONTENDED_CAPACITY),
                EnrollmentTestSupport.value("SELECT waitlisted FROM session_seats WHERE session_id = ?", sessionId),
                label + ": waitlist counter");
        assertEquals(String.valueOf(CONTENDED_CAPACITY), EnrollmentTestSupport.value(
                "SELECT COUNT(*) FROM enrollment WHERE session_id = ? AND status = 'CONFIRMED'", sessionId),
                label + ": CONFIRMED rows");
    }

    private static Session contended() {
        Session session = new Session();
        session.capacity = CONTENDED_CAPACITY;
        return session.publish();
    }

    private Requested request(String nip, String unit, String sessionId) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve(ENROLLMENTS))
                .header("Authorization", DevTokens.bearer(participant(nip, unit)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        java.util.Map.of("nip", nip, "sessionId", sessionId))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        return new Requested(JSON.readTree(response.body()).path("id").asText(),
                response.headers().firstValue("ETag").orElseThrow());
    }

    /** Registers the people (one import, as ADMIN), all reporting to the supervisor. */
    private List<String> importPeople(String unit, String boss, int count) throws Exception {
        List<String> nips = IntStream.range(0, count).mapToObj(i -> newNip()).toList();
        String csv = "nip,name,email,phone,employeeType,agency,unitCode,positionCode,positionName,supervisorNip\n"
                + nips.stream().map(nip -> String.join(",", nip, "Pegawai " + nip, "p" + nip + "@sibolgakota.go.id",
                        "+62 812 1000 0000", "PNS", "Pemerintah Kota Sibolga", unit, "PENGADMINISTRASI-LAYANAN",
                        "Pengadministrasi Layanan", boss)).collect(Collectors.joining("\n")) + "\n";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/v1/participants:import"))
                .header("Authorization", DevTokens.bearer(admin())).header("Content-Type", "text/csv")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = JSON.readTree(response.body());
        assertEquals(count, report.path("imported").asInt(), response.body());
        return nips;
    }

    // ---- the raw JDBC baseline --------------------------------------------------------------------------------------

    /**
     * The rows of {@code approvals} approvals written with raw JDBC by {@code clients} concurrent clients sharing at
     * most {@code poolMax} connections: one seat row per approval (free seats) or one for all (contention).
     */
    private Round baseline(String scenario, int clients, int approvals, boolean contention, int poolMax)
            throws Exception {
        awaitOutboxDrained();
        List<String> seatRows = IntStream.range(0, contention ? 1 : approvals)
                .mapToObj(i -> UUID.randomUUID().toString()).toList();
        int capacity = contention ? CONTENDED_CAPACITY : FREE_CAPACITY;
        try (Connection connection = EnrollmentTestSupport.connection(); PreparedStatement insert =
                connection.prepareStatement("INSERT INTO session_seats (session_id, capacity, confirmed, waitlisted,"
                        + " waitlist_policy, version, updated_at) VALUES (?, ?, 0, 0, 'FIRST_COME_FIRST_SERVED', 0, ?)")) {
            for (String id : seatRows) {
                insert.setString(1, id);
                insert.setInt(2, capacity);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        String courseId = UUID.randomUUID().toString();
        String[] payloads = {EventSamples.json(EnrollmentApproved.class), EventSamples.json(EnrollmentConfirmed.class),
            EventSamples.json(EnrollmentWaitlisted.class), EventSamples.json(SeatsChanged.class)};
        String topic = Topic.of(EnrollmentApproved.class).topicName();

        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(Math.min(clients, poolMax));
        while (pool.remainingCapacity() > 0) {
            Connection connection = EnrollmentTestSupport.connection();
            connection.setAutoCommit(false);
            pool.add(connection);
        }
        AtomicInteger confirmed = new AtomicInteger();
        AtomicInteger waitlisted = new AtomicInteger();
        long[] latencies = new long[approvals];
        double loadBefore = load();
        long nanos;
        try {
            nanos = timed(clients, approvals, i -> {
                String sessionId = seatRows.get(contention ? 0 : i);
                long start = System.nanoTime();
                Connection connection = pool.take();
                try {
                    boolean seat = approveRaw(connection, sessionId, courseId, topic, payloads);
                    (seat ? confirmed : waitlisted).incrementAndGet();
                } catch (Exception e) {
                    connection.rollback();
                    failures.add(scenario + " C=" + clients + " raw JDBC: " + e);
                } finally {
                    pool.add(connection);
                }
                latencies[i] = System.nanoTime() - start;
            });
        } finally {
            for (Connection connection : pool) {
                connection.close();
            }
        }
        Round round = new Round(scenario, clients, "raw JDBC", approvals, nanos, latencies, confirmed.get(),
                waitlisted.get(), 0, loadBefore, load());
        if (contention) {
            assertEquals(CONTENDED_CAPACITY, round.confirmed(), "raw JDBC contention: CONFIRMED");
            assertEquals(String.valueOf(CONTENDED_CAPACITY), EnrollmentTestSupport.value(
                    "SELECT confirmed FROM session_seats WHERE session_id = ?", seatRows.get(0)), "raw JDBC counter");
        } else {
            assertEquals(approvals, round.confirmed(), "raw JDBC free seats: every approval a seat");
        }
        return round;
    }

    /** One approval's rows in one transaction; true when it took a seat. */
    private static boolean approveRaw(Connection connection, String sessionId, String courseId, String topic,
            String[] payloads) throws Exception {
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
        int capacity;
        int confirmed;
        int waitlisted;
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT capacity, confirmed, waitlisted FROM session_seats WHERE session_id = ? FOR UPDATE")) {
            lock.setString(1, sessionId);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                capacity = row.getInt(1);
                confirmed = row.getInt(2);
                waitlisted = row.getInt(3);
            }
        }
        boolean seat = confirmed < capacity;
        String id = UUID.randomUUID().toString();
        String nip = String.valueOf(100_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(
                800_000_000_000_000_000L));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO enrollment (id, session_id,"
                + " course_id, nip, unit_code, position_code, position_name, status, active_key, requested_at,"
                + " requested_by, nominated, decided_at, decided_by, confirmed_at, waitlisted_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, 'UNIT-BENCH', 'PENGADMINISTRASI-LAYANAN', 'Pengadministrasi Layanan', ?, ?, ?,"
                + " 'bench', false, ?, 'bench', ?, ?, ?, 1)")) {
            insert.setString(1, id);
            insert.setString(2, sessionId);
            insert.setString(3, courseId);
            insert.setString(4, nip);
            insert.setString(5, seat ? "CONFIRMED" : "WAITLISTED");
            insert.setString(6, sessionId + ":" + nip);
            insert.setTimestamp(7, now);
            insert.setTimestamp(8, now);
            insert.setTimestamp(9, seat ? now : null);
            insert.setTimestamp(10, seat ? null : now);
            insert.setTimestamp(11, now);
            insert.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE session_seats SET confirmed = ?,"
                + " waitlisted = ?, version = version + 1, updated_at = ? WHERE session_id = ?")) {
            update.setInt(1, seat ? confirmed + 1 : confirmed);
            update.setInt(2, seat ? waitlisted : waitlisted + 1);
            update.setTimestamp(3, now);
            update.setString(4, sessionId);
            update.executeUpdate();
        }
        // The approval's three outbox rows, one statement each as the service's (identity ids, no batching); marked
        // sent, so the relay does not ship the baseline's rows.
        String[] rows = {payloads[0], seat ? payloads[1] : payloads[2], payloads[3]};
        String[] keys = {id, id, sessionId};
        for (int r = 0; r < rows.length; r++) {
            try (PreparedStatement outbox = connection.prepareStatement("INSERT INTO outbox_event (event_id, topic,"
                    + " event_key, event_type, source, occurred_at, payload, sent_at) VALUES (?, ?, ?, ?,"
                    + " '/enrollment-bench', ?, ?, ?)")) {
                outbox.setString(1, UUID.randomUUID().toString());
                outbox.setString(2, topic);
                outbox.setString(3, keys[r]);
                outbox.setString(4, "bench.baseline");
                outbox.setTimestamp(5, now);
                outbox.setString(6, rows[r]);
                outbox.setTimestamp(7, now);
                outbox.executeUpdate();
            }
        }
        connection.commit();
        return seat;
    }

    // ---- plumbing ---------------------------------------------------------------------------------------------------

    @FunctionalInterface
    interface Work {
        void run(int index) throws Exception;
    }

    /**
     * Runs {@code work} for indexes 0..count-1 on {@code clients} threads, each taking the next index when done with
     * its last (a closed loop), all released together; returns the wall time from release to the last one done.
     */
    private long timed(int clients, int count, Work work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            AtomicInteger next = new AtomicInteger();
            CountDownLatch ready = new CountDownLatch(clients);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                done.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        work.run(i);
                    }
                    return null;
                }));
            }
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            for (Future<?> future : done) {
                future.get();
            }
            return System.nanoTime() - start;
        } finally {
            threads.shutdownNow();
        }
    }

    private static <T> List<T> parallel(List<Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(SETUP_THREADS);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : threads.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Waits until the relay shipped every pending outbox row, so the next round does not pay for the last one's. */
    private static void awaitOutboxDrained() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> "0".equals(
                EnrollmentTestSupport.value("SELECT COUNT(*) FROM outbox_event WHERE sent_at IS NULL AND parked_at IS NULL AND discarded_at IS NULL"
                        + " AND ? IS NOT NULL", "pending")));
    }

    /** The 1-minute load average of the machine (the numbers come from a shared one); NaN where unknown. */
    private static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private static void print(List<Round> rounds, int poolMax) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nApprovals per second, one instance, real MariaDB; %d approvals per"
                + " row; %d cores; pool %d; contention = one session of %d seats%n", APPROVALS,
                Runtime.getRuntime().availableProcessors(), poolMax, CONTENDED_CAPACITY));
        out.append(String.format(Locale.ROOT, "%-10s %7s %-8s %10s %8s %8s %5s %9s %11s  %s%n", "case", "clients",
                "what", "approvals/s", "p50 ms", "p99 ms", "503", "confirmed", "waitlisted", "load 1m before→after"));
        for (Round r : rounds) {
            out.append(String.format(Locale.ROOT, "%-10s %7d %-8s %10.1f %8.1f %8.1f %5d %9d %11d  %.2f→%.2f%n",
                    r.scenario(), r.clients(), r.what(), r.perSecond(), r.percentileMs(0.50), r.percentileMs(0.99),
                    r.unavailable(), r.confirmed(), r.waitlisted(), r.loadBefore(), r.loadAfter()));
        }
        out.append("raw JDBC ÷ service (approvals/s):");
        for (int i = 0; i + 1 < rounds.size(); i += 2) {
            out.append(String.format(Locale.ROOT, "  %s C=%d: %.1f×", rounds.get(i).scenario(),
                    rounds.get(i).clients(), rounds.get(i + 1).perSecond() / rounds.get(i).perSecond()));
        }
        System.out.println(out.append(System.lineSeparator()));
    }
}
