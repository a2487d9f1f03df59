package id.kompeten.systemtest;

import static id.kompeten.systemtest.SystemStack.ENROLLMENT;
import static id.kompeten.systemtest.SystemStack.EVALUATION;
import static id.kompeten.systemtest.SystemStack.TRAINING;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The mission's first promise across the three services as deployed: closing a session in enrollment raises its
 * completers' competency levels in evaluation, through {@code CourseCompleted} on {@code enrollment.events} and no
 * call between services. Acts on the demo's run left open for this (PP-01-MLY-00: results recorded, not closed):
 * three of its four people pass and reach the course's level; the one who failed keeps theirs.
 */
@SystemTest({TRAINING, ENROLLMENT, EVALUATION})
class CompletionsReachTheProfileSystemTest {

    private static final String SESSION_CODE = "PP-01-MLY-00";
    private static final String COMPETENCY = "PELAYANAN-PRIMA";
    /** The course PP-01 brings a completer to this level of PELAYANAN-PRIMA (training's demo catalogue). */
    private static final int COURSE_LEVEL = 3;
    /** The demo's results of that run (enrollment's demo/enrollments.json): the last one was absent two days. */
    private static final List<String> PASSING = List.of("198907142014031002", "199111302017011003",
            "199508182020122001");
    private static final String FAILING = "199702202023211002";
    /** Demo data loads after readiness and crosses two topics before the run is ready to close. */
    private static final Duration DEMO_BOUND = Duration.ofMinutes(3);
    /** Levels reach the profile within seconds; the bound leaves room for a loaded build machine. */
    private static final Duration PROFILE_BOUND = Duration.ofSeconds(30);

    private final SystemStack stack;

    CompletionsReachTheProfileSystemTest(SystemStack stack) {
        this.stack = stack;
    }

    @Test
    void closingASessionRaisesTheCompletersLevelsInEvaluation() {
        String sessionId = heldSessionId();
        awaitResultsRecorded(sessionId);
        // Evaluation's demo holds a baseline assessment of each of them; waiting for it keeps "before" stable.
        Map<String, Integer> before = new LinkedHashMap<>();
        for (String nip : concat(PASSING, FAILING)) {
            await("demo baseline of " + nip + " in evaluation").atMost(DEMO_BOUND).pollInterval(Duration.ofMillis(500))
                    .until(() -> level(nip).isPresent());
            before.put(nip, level(nip).orElseThrow());
        }
        assertTrue(PASSING.stream().allMatch(nip -> before.get(nip) < COURSE_LEVEL), "the demo leaves a gap to close");

        Response closed = stack.request(ENROLLMENT)
                .header("Authorization", DevTokens.bearer(DevPersonas.ADMIN))
                .post("/api/v1/sessions/{id}/close", sessionId);
        long answered = System.nanoTime();
        assertEquals(200, closed.statusCode(), closed.asString());

        List<Long> millis = new ArrayList<>();
        for (String nip : PASSING) {
            await("level of " + nip + " in evaluation").atMost(PROFILE_BOUND).pollInterval(Duration.ofMillis(50))
                    .until(() -> level(nip).orElseThrow() == COURSE_LEVEL);
            millis.add((System.nanoTime() - answered) / 1_000_000);
            JsonPath history = history(nip);
            assertEquals("CourseCompleted", history.getString("items[0].cause.name"), "the change names its cause");
            assertEquals(before.get(nip), history.getInt("items[0].oldLevel"));
            assertEquals(COURSE_LEVEL, history.getInt("items[0].newLevel"));
        }
        assertEquals(before.get(FAILING), level(FAILING).orElseThrow(), "a failed participant's level does not move");
        SystemStack.say("Close of %s answered; levels visible in evaluation after %s ms (per completer)",
                SESSION_CODE, millis);
        assertTrue(millis.stream().allMatch(ms -> ms < PROFILE_BOUND.toMillis()));
    }

    /** The demo's run left open, from the public catalogue. */
    private String heldSessionId() {
        String[] id = new String[1];
        await("demo session " + SESSION_CODE + " in the catalogue").atMost(DEMO_BOUND)
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    List<Map<String, Object>> sessions = stack.request(TRAINING)
                            .queryParam("status", "COMPLETED").queryParam("size", 100)
                            .get("/api/v1/sessions").then().statusCode(200).extract().path("items");
                    sessions.stream().filter(s -> SESSION_CODE.equals(s.get("code"))).findFirst()
                            .ifPresent(s -> id[0] = (String) s.get("id"));
                    return id[0] != null;
                });
        return id[0];
    }

    /** Enrollment's demo loader confirms the four and records attendance and scores before anyone may close. */
    private void awaitResultsRecorded(String sessionId) {
        await("results of " + SESSION_CODE + " recorded by the demo").atMost(DEMO_BOUND)
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    Response results = stack.request(ENROLLMENT)
                            .header("Authorization", DevTokens.bearer(DevPersonas.ADMIN))
                            .get("/api/v1/sessions/{id}/results", sessionId);
                    if (results.statusCode() != 200) {
                        return false;
                    }
                    List<Integer> postScores = results.path("participants.postScore");
                    return postScores.size() == PASSING.size() + 1 && postScores.stream().allMatch(s -> s != null);
                });
    }

    private Optional<Integer> level(String nip) {
        Response profile = stack.request(EVALUATION)
                .header("Authorization", DevTokens.bearer(DevPersonas.INTEGRATION))
                .get("/api/v1/employees/{nip}/competency-profile", nip);
        if (profile.statusCode() == 404) {
            return Optional.empty();
        }
        assertEquals(200, profile.statusCode(), profile.asString());
        List<Map<String, Object>> lines = profile.path("competencies");
        return lines.stream().filter(line -> COMPETENCY.equals(line.get("competencyCode")))
                .map(line -> (Integer) line.get("level")).findFirst();
    }

    /** The person's changes of the competency, newest first. */
    private JsonPath history(String nip) {
        Response history = stack.request(EVALUATION)
                .header("Authorization", DevTokens.bearer(DevPersonas.INTEGRATION))
                .queryParam("competency", COMPETENCY)
                .get("/api/v1/employees/{nip}/competency-profile/history", nip);
        assertEquals(200, history.statusCode(), history.asString());
        return history.jsonPath();
    }

    private static List<String> concat(List<String> nips, String nip) {
        List<String> all = new ArrayList<>(nips);
        all.add(nip);
        return all;
    }
}
