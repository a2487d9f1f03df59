package id.kompeten.systemtest;

import static id.kompeten.systemtest.SystemStack.ENROLLMENT;
import static id.kompeten.systemtest.SystemStack.EVALUATION;
import static id.kompeten.systemtest.SystemStack.TRAINING;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.contracts.Topic;
import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.contracts.enrollment.CourseFailed;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokens;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Kafka stopped while sessions close. Two fresh sessions (copies of an open demo session, made and opened through
 * training's API) with people of a new unit enrolled and approved on real time; then enrollment-service is restarted
 * with its clock past the sessions' last day (KOMPETEN_CLOCK_OFFSET) to record attendance and scores, and training
 * starts the sessions. With the broker down, training completes and enrollment closes both sessions: every request
 * succeeds (the outboxes keep the events) and every service stays ready (readiness needs the database only). After
 * the broker is back, every effect arrives exactly once: each completer's course competencies at the course's level
 * with one CourseCompleted change each, the unit's training record with exactly the completers and their JP, the
 * failed participants nowhere; each decision is on {@code enrollment.events}.
 */
@SystemTest({TRAINING, ENROLLMENT, EVALUATION})
class KafkaOutageSystemTest {

    private static final int SESSIONS = 2;
    /** Whether evaluation's clock was moved too (a close in the next month); restored after the class. */
    private static boolean evaluationShifted;
    private static final int PEOPLE_PER_SESSION = 4;
    /** The last person of each session fails the POST test. */
    private static final int PASS_SCORE = 85;
    private static final int FAIL_SCORE = 40;
    /** Kept down this long after the last close, so the relays really try and fail. */
    private static final Duration OUTAGE_AFTER_CLOSES = Duration.ofSeconds(15);
    private static final Duration REPLICA_BOUND = Duration.ofMinutes(2);
    private static final Duration EFFECTS_BOUND = Duration.ofMinutes(3);
    private static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Jakarta");
    private static final String ENROLLMENTS = "/api/v1/enrollments";
    private static final String COMPLETED_TYPE = Topic.typeOf(CourseCompleted.class);
    private static final String FAILED_TYPE = Topic.typeOf(CourseFailed.class);
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 60_000));
    private static final LocalDate BORN = LocalDate.of(1968, 1, 1)
            .plusDays(ThreadLocalRandom.current().nextInt(25 * 365));

    private final SystemStack stack;
    private final String unit = "UNIT-KOUT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private final String boss = nip(0);

    KafkaOutageSystemTest(SystemStack stack) {
        this.stack = stack;
    }

    /** The broker runs and enrollment is on real time again for the classes after this one. */
    @AfterAll
    static void restore(SystemStack stack) {
        try {
            stack.startKafka();
        } finally {
            stack.restart(ENROLLMENT, Map.of("KOMPETEN_CLOCK_OFFSET", ""));
            if (evaluationShifted) {
                stack.restart(EVALUATION, Map.of("KOMPETEN_CLOCK_OFFSET", ""));
            }
            stack.awaitAllReady(Duration.ofMinutes(3));
        }
    }

    record Session(String id, String courseId, List<LocalDate> days, List<String> people) {
    }

    @Test
    void sessionsClosedWhileKafkaIsDownHaveEveryEffectOnceAfterItReturns() throws Exception {
        DemoSessionCopies copies = new DemoSessionCopies(stack);
        String courseId = copies.courseId();
        Map<String, Integer> courseLevels = courseLevels(courseId);
        int courseJp = catalogue().get("/api/v1/courses/{id}", courseId).then().statusCode(200).extract().path("jp");
        LocalDate today = LocalDate.now(AGENCY_ZONE);

        // People of a new unit, their supervisor, two sessions, everyone asks and is approved: on real time.
        List<Session> sessions = new ArrayList<>();
        LocalDate nextStart = today.plusDays(2);
        int person = 1;
        for (int s = 0; s < SESSIONS; s++) {
            DemoSessionCopies.Copy copy = copies.create("KOUT-" + UUID.randomUUID().toString().substring(0, 6)
                    .toUpperCase(Locale.ROOT) + "-" + s, nextStart, PEOPLE_PER_SESSION + 2, today);
            Session session = new Session(copy.id(), courseId, copy.days(), new ArrayList<>());
            nextStart = session.days().get(session.days().size() - 1).plusDays(1);
            for (int p = 0; p < PEOPLE_PER_SESSION; p++) {
                String nip = nip(person++);
                admin(ENROLLMENT).contentType(ContentType.JSON).body(participant(nip)).post("/api/v1/participants")
                        .then().statusCode(201);
                session.people().add(nip);
            }
            sessions.add(session);
        }
        Map<String, String> enrollmentIds = new LinkedHashMap<>();
        for (Session session : sessions) {
            awaitReplicaOf(session.id());
            for (String nip : session.people()) {
                Response asked = as(ENROLLMENT, DevIdentity.person("PARTICIPANT", nip, unit))
                        .contentType(ContentType.JSON).body(Map.of("nip", nip, "sessionId", session.id()))
                        .post(ENROLLMENTS);
                assertEquals(201, asked.statusCode(), asked.asString());
                Response approved = as(ENROLLMENT, DevIdentity.person("SUPERVISOR", boss, unit))
                        .header("If-Match", asked.header("ETag")).post(ENROLLMENTS + "/{id}/approve",
                                (String) asked.path("id"));
                assertEquals(200, approved.statusCode(), approved.asString());
                assertEquals("CONFIRMED", approved.path("status"));
                enrollmentIds.put(nip, asked.path("id"));
            }
        }
        // Evaluation knows everyone (ParticipantRegistered) before the outage: "before" is then stable.
        for (String nip : enrollmentIds.keySet()) {
            await("person " + nip + " in evaluation").atMost(REPLICA_BOUND).pollInterval(Duration.ofMillis(250))
                    .until(() -> admin(EVALUATION).get("/api/v1/employees/{nip}/competency-profile", nip)
                            .statusCode() == 200);
        }

        // Enrollment's days move past the last session day; training runs the sessions.
        LocalDate lastDay = sessions.get(SESSIONS - 1).days().get(sessions.get(SESSIONS - 1).days().size() - 1);
        long offsetDays = lastDay.toEpochDay() - today.toEpochDay() + 1;
        stack.restart(ENROLLMENT, Map.of("KOMPETEN_CLOCK_OFFSET", "P" + offsetDays + "D"));
        YearMonth closedIn = YearMonth.from(today.plusDays(offsetDays));
        if (closedIn.isAfter(YearMonth.from(today))) {
            // Near a month's end the close falls in the next month, which evaluation on real time does not report yet.
            stack.restart(EVALUATION, Map.of("KOMPETEN_CLOCK_OFFSET", "P" + offsetDays + "D"));
            evaluationShifted = true;
        }
        List<String> completers = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        for (Session session : sessions) {
            recordResults(session, completers, failing);
            Response current = catalogue().get("/api/v1/sessions/{id}", session.id());
            catalogue().header("If-Match", current.header("ETag")).post("/api/v1/sessions/{id}/start", session.id())
                    .then().statusCode(200);
        }

        // The outage: closes and completions must all succeed, readiness must stay UP.
        Map<String, Integer> readiness = new TreeMap<>();
        List<String> closeAnswers = new ArrayList<>();
        long stopped;
        long restarted;
        long closesMillis;
        int completedByCloses = 0;
        int failedByCloses = 0;
        stack.stopKafka();
        stopped = System.nanoTime();
        try {
            pollReadiness(readiness);
            for (Session session : sessions) {
                Response closed = admin(ENROLLMENT).post("/api/v1/sessions/{id}/close", session.id());
                closeAnswers.add("close " + closed.statusCode());
                assertEquals(200, closed.statusCode(), closed.asString());
                assertEquals(true, closed.path("closedNow"));
                completedByCloses += closed.<Integer>path("completed");
                failedByCloses += closed.<Integer>path("failed");
                Response current = catalogue().get("/api/v1/sessions/{id}", session.id());
                Response completed = catalogue().header("If-Match", current.header("ETag"))
                        .post("/api/v1/sessions/{id}/complete", session.id());
                closeAnswers.add("complete " + completed.statusCode());
                assertEquals(200, completed.statusCode(), completed.asString());
                assertEquals("COMPLETED", completed.path("status"));
                pollReadiness(readiness);
            }
            closesMillis = (System.nanoTime() - stopped) / 1_000_000;
            long until = System.nanoTime() + OUTAGE_AFTER_CLOSES.toNanos();
            while (System.nanoTime() < until) {
                pollReadiness(readiness);
                Thread.sleep(500);
            }
        } finally {
            restarted = System.nanoTime();
            stack.startKafka();
        }
        long outageMillis = (restarted - stopped) / 1_000_000;
        assertEquals(completers.size(), completedByCloses, "the closes' decisions");
        assertEquals(failing.size(), failedByCloses);

        // After: every effect, once.
        await("the unit's training record in evaluation").atMost(EFFECTS_BOUND).pollInterval(Duration.ofMillis(250))
                .until(() -> trainingRecord(closedIn).<Integer>path("completions") >= completers.size());
        long effectsMillis = (System.nanoTime() - restarted) / 1_000_000;
        for (String nip : completers) {
            await("levels of " + nip).atMost(EFFECTS_BOUND).pollInterval(Duration.ofMillis(250))
                    .until(() -> levels(nip).entrySet().containsAll(courseLevels.entrySet()));
        }
        long levelsMillis = (System.nanoTime() - restarted) / 1_000_000;
        // Give a duplicate the time to show: the relays have delivered everything once their outboxes are empty,
        // and the consumers have applied it once their groups caught up.
        awaitConsumed();

        Response record = trainingRecord(closedIn);
        assertEquals(completers.size(), (int) record.path("completions"), record.asString());
        assertEquals(completers.size(), (int) record.path("staffTrained"), record.asString());
        assertEquals(completers.size() * courseJp, (int) record.path("jpDelivered"), record.asString());
        int changes = 0;
        for (String nip : completers) {
            assertEquals(courseLevels, levels(nip).entrySet().stream()
                    .filter(e -> courseLevels.containsKey(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), nip);
            for (String competency : courseLevels.keySet()) {
                List<Map<String, Object>> history = as(EVALUATION, DevPersonas.ADMIN)
                        .queryParam("competency", competency)
                        .get("/api/v1/employees/{nip}/competency-profile/history", nip)
                        .then().statusCode(200).extract().path("items");
                long byCompletion = history.stream()
                        .filter(item -> "CourseCompleted".equals(((Map<?, ?>) item.get("cause")).get("name")))
                        .count();
                assertEquals(1, byCompletion, nip + " " + competency + ": " + history);
                changes += (int) byCompletion;
            }
        }
        for (String nip : failing) {
            Map<String, Integer> levels = levels(nip);
            assertTrue(courseLevels.keySet().stream().noneMatch(levels::containsKey), "failed " + nip + ": " + levels);
        }
        for (Session session : sessions) {
            assertEquals("COMPLETED", catalogue().get("/api/v1/sessions/{id}", session.id()).then().statusCode(200)
                    .extract().path("status"), "training's session");
        }
        // On the topic: each decision at least once (the relay delivers at least once; the consumers dedupe).
        Set<String> ours = Set.copyOf(enrollmentIds.values());
        Map<String, Long> decisionsOnTopic = TestKafka.readAll(Topic.ENROLLMENT.topicName()).stream()
                .filter(r -> ours.contains(r.key()))
                .map(r -> TestKafka.header(r, "ce_type"))
                .filter(type -> COMPLETED_TYPE.equals(type) || FAILED_TYPE.equals(type))
                .collect(Collectors.groupingBy(type -> type, TreeMap::new, Collectors.counting()));

        SystemStack.say("Kafka outage: %d sessions, %d people; broker down %d ms, %s all answered within %d ms;"
                + " readiness polls during the outage %s; after the broker returned: training record after %d ms,"
                + " levels after %d ms; %d completers (%d JP each), %d failed, %d CourseCompleted level changes;"
                + " decisions on enrollment.events %s", SESSIONS, enrollmentIds.size(), outageMillis, closeAnswers,
                closesMillis, readiness, effectsMillis, levelsMillis, completers.size(), courseJp, failing.size(),
                changes, decisionsOnTopic);
        assertEquals(Set.of("UP"), readiness.keySet(), "readiness stays UP without Kafka: " + readiness);
        assertEquals(completers.size(), decisionsOnTopic.getOrDefault(COMPLETED_TYPE, 0L).intValue(),
                "one CourseCompleted per completer on the topic");
        assertEquals(failing.size(), decisionsOnTopic.getOrDefault(FAILED_TYPE, 0L).intValue());
    }

    /** Every service's readiness, counted by answer: UP, or what else it said. */
    private void pollReadiness(Map<String, Integer> readiness) {
        for (String service : List.of(TRAINING, ENROLLMENT, EVALUATION)) {
            int status = stack.health(service, "ready");
            readiness.merge(status == 200 ? "UP" : service + " " + status, 1, Integer::sum);
        }
    }

    /** Every day PRESENT; PRE 50, POST 85, but the last person of the session POST 40. */
    private void recordResults(Session session, List<String> completers, List<String> failing) {
        List<Map<String, Object>> attendance = new ArrayList<>();
        List<Map<String, Object>> scores = new ArrayList<>();
        for (String nip : session.people()) {
            for (LocalDate day : session.days()) {
                attendance.add(Map.of("nip", nip, "date", day.toString(), "status", "PRESENT"));
            }
            boolean fails = nip.equals(session.people().get(session.people().size() - 1));
            scores.add(Map.of("nip", nip, "kind", "PRE", "score", 50));
            scores.add(Map.of("nip", nip, "kind", "POST", "score", fails ? FAIL_SCORE : PASS_SCORE));
            (fails ? failing : completers).add(nip);
        }
        Response recorded = admin(ENROLLMENT).contentType(ContentType.JSON).body(Map.of("entries", attendance))
                .put("/api/v1/sessions/{id}/attendance", session.id());
        assertEquals(200, recorded.statusCode(), recorded.asString());
        recorded = admin(ENROLLMENT).contentType(ContentType.JSON).body(Map.of("entries", scores))
                .put("/api/v1/sessions/{id}/assessments", session.id());
        assertEquals(200, recorded.statusCode(), recorded.asString());
    }

    /** Enrollment's relay has nothing left to send and evaluation's and training's groups have read everything. */
    private void awaitConsumed() {
        await("consumers caught up with " + Topic.ENROLLMENT.topicName()).atMost(EFFECTS_BOUND)
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    try (var admin = CompletionEvents.admin(stack)) {
                        return CompletionEvents.lag(admin) == 0 && TestKafka.committedOffsets(
                                "training-service.session-seats", Topic.ENROLLMENT.topicName())
                                == CompletionEvents.end(admin);
                    }
                });
    }

    private Response trainingRecord(YearMonth period) {
        Response record = admin(EVALUATION).queryParam("period", period.toString())
                .get("/api/v1/units/{unit}/training-record", unit);
        assertEquals(200, record.statusCode(), record.asString());
        return record;
    }

    /** Competency code → level in the person's profile. */
    private Map<String, Integer> levels(String nip) {
        Response profile = admin(EVALUATION).get("/api/v1/employees/{nip}/competency-profile", nip);
        assertEquals(200, profile.statusCode(), profile.asString());
        List<Map<String, Object>> lines = profile.path("competencies");
        Map<String, Integer> levels = new TreeMap<>();
        lines.forEach(line -> levels.put((String) line.get("competencyCode"), (Integer) line.get("level")));
        return levels;
    }

    private Map<String, Integer> courseLevels(String courseId) {
        List<Map<String, Object>> competencies = catalogue().get("/api/v1/courses/{id}", courseId)
                .then().statusCode(200).extract().path("competencies");
        Map<String, Integer> levels = new TreeMap<>();
        competencies.forEach(c -> levels.put((String) c.get("code"), (Integer) c.get("level")));
        assertTrue(!levels.isEmpty(), "the course raises some competency");
        return levels;
    }

    /** Enrollment learns of the session from the catalogue's events. */
    private void awaitReplicaOf(String sessionId) {
        await("session " + sessionId + " in enrollment's replica").atMost(REPLICA_BOUND)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> admin(ENROLLMENT).get("/api/v1/sessions/{id}/seats", sessionId).statusCode() == 200);
    }

    private Map<String, Object> participant(String nip) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nip", nip);
        body.put("name", "Pegawai Uji Kafka " + nip.substring(14));
        body.put("email", "kafka" + nip.substring(14) + "@sibolgakota.go.id");
        body.put("employeeType", "PNS");
        body.put("agency", "Pemerintah Kota Sibolga");
        body.put("unitCode", unit);
        body.put("positionCode", "PENGADMINISTRASI-LAYANAN");
        body.put("positionName", "Pengadministrasi Layanan Kependudukan");
        body.put("supervisorNip", boss);
        return body;
    }

    private RequestSpecification catalogue() {
        return as(TRAINING, DevPersonas.CATALOG_MANAGER);
    }

    private RequestSpecification admin(String service) {
        return as(service, DevPersonas.ADMIN);
    }

    private RequestSpecification as(String service, DevIdentity identity) {
        return stack.request(service).config(BOUNDED).accept(ContentType.JSON)
                .header("Authorization", DevTokens.bearer(identity));
    }

    /** A valid NIP of this run: born on a random day of 1968-1992, appointed at 25, female, serial 700 + index. */
    private static String nip(int index) {
        return String.format(Locale.ROOT, "%04d%02d%02d%04d%02d2%03d", BORN.getYear(), BORN.getMonthValue(),
                BORN.getDayOfMonth(), BORN.getYear() + 25, BORN.getMonthValue(), 700 + index);
    }
}
