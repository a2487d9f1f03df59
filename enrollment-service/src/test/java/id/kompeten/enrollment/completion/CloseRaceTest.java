package id.kompeten.enrollment.completion;

import static id.kompeten.enrollment.CompletionTestSupport.events;
import static id.kompeten.enrollment.ParticipantTestSupport.ZONE;
import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static id.kompeten.enrollment.ParticipantTestSupport.newUnit;
import static id.kompeten.enrollment.CompletionTestSupport.presentOn;
import static id.kompeten.enrollment.CompletionTestSupport.score;
import static id.kompeten.enrollment.CompletionTestSupport.sessions;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.enrollment.CompletionTestSupport;
import id.kompeten.enrollment.CompletionTestSupport.Run;
import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Simultaneous closes of one session (as from two instances: what serialises them is the database's session_closure
 * row, not anything in this JVM) decide once and publish one CourseCompleted per participant.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class CloseRaceTest {

    private static final int ROUNDS = 5;
    private static final int CLOSES = 4;
    private static final int PEOPLE = 6;

    @Inject
    CompletionTestSupport fixtures;

    @Test
    void simultaneousClosesDecideOnceAndPublishOnce() throws Exception {
        Set<String> everyone = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            Run run = fixtures.session(2, LocalDate.now(ZONE).minusDays(1), null, null);
            String unit = newUnit();
            List<Map<String, Object>> attendance = new ArrayList<>();
            List<Map<String, Object>> scores = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                Enrollment enrollment = fixtures.confirmed(run, unit, null);
                everyone.add(enrollment.id());
                attendance.addAll(presentOn(enrollment.nip(), run.days(), 2));
                scores.add(score(enrollment.nip(), "POST", 75));
            }
            as(admin()).body(Map.of("entries", attendance)).put(sessions(run) + "/attendance").then().statusCode(200);
            as(admin()).body(Map.of("entries", scores)).put(sessions(run) + "/assessments").then().statusCode(200);

            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Response>> closes = new ArrayList<>();
            for (int i = 0; i < CLOSES; i++) {
                closes.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return as(admin()).post(sessions(run) + "/close");
                }));
            }
            start.countDown();
            int closedNow = 0;
            Set<String> certificates = new HashSet<>();
            for (CompletableFuture<Response> close : closes) {
                Response response = close.get();
                assertEquals(200, response.statusCode(), response.asString());
                closedNow += response.jsonPath().getBoolean("closedNow") ? 1 : 0;
                assertEquals(PEOPLE, response.jsonPath().getInt("completed"));
                certificates.addAll(response.jsonPath().getList("decisions.certificateNumber"));
            }
            assertEquals(1, closedNow, "exactly one close decided");
            assertEquals(PEOPLE, certificates.size(), "every answer names the same certificates");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> events(CourseCompleted.class, everyone).size()
                >= everyone.size());
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertEquals(everyone.size(), events(CourseCompleted.class, everyone).size(), "one event per completion");
    }
}
