package id.kompeten.enrollment.bench;

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
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time from a session's close (the request sent) to its CourseCompleted records on enrollment.events, for a session of
 * 35 participants who all complete: the close's own answer time, the first and the last record's broker timestamp
 * (the producer's send time). Not part of {@code mvn verify}; {@code mvn verify -pl enrollment-service -am -Pbenchmark}.
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class CloseToCourseCompletedBenchmarkTest {

    private static final int PARTICIPANTS = 35;
    private static final int WARM_UP = 2;
    private static final int RUNS = 5;

    @Inject
    CompletionTestSupport fixtures;

    @Test
    void closeToCourseCompletedOnTheTopic() {
        List<long[]> results = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long[] result = once();
            if (run >= WARM_UP) {
                results.add(result);
            }
        }
        System.out.printf(Locale.ROOT, "%nClose of a session of %d participants → CourseCompleted on %s (%d runs)%n",
                PARTICIPANTS, "enrollment.events", RUNS);
        System.out.println("run  close answered ms  first record ms  last record ms");
        for (int i = 0; i < results.size(); i++) {
            long[] r = results.get(i);
            System.out.printf(Locale.ROOT, "%3d  %17d  %15d  %14d%n", i + 1, r[0], r[1], r[2]);
        }
        long[] last = results.stream().mapToLong(r -> r[2]).sorted().toArray();
        System.out.printf(Locale.ROOT, "last record: median %d ms, max %d ms%n%n", last[last.length / 2],
                last[last.length - 1]);
    }

    /** Close answered, first record, last record: milliseconds after the close was sent. */
    private long[] once() {
        Run run = fixtures.session(5, LocalDate.now(ZONE).minusDays(1), null, null);
        String unit = newUnit();
        Set<String> ids = new HashSet<>();
        List<Map<String, Object>> attendance = new ArrayList<>();
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            Enrollment enrollment = fixtures.confirmed(run, unit, null);
            ids.add(enrollment.id());
            attendance.addAll(presentOn(enrollment.nip(), run.days(), 5));
            scores.add(score(enrollment.nip(), "PRE", 50));
            scores.add(score(enrollment.nip(), "POST", 80));
        }
        as(admin()).body(Map.of("entries", attendance)).put(sessions(run) + "/attendance").then().statusCode(200);
        as(admin()).body(Map.of("entries", scores)).put(sessions(run) + "/assessments").then().statusCode(200);
        // Let the attendance events leave the outbox first, so the close's records do not queue behind them.
        await().atMost(Duration.ofSeconds(30)).until(() -> events(
                id.kompeten.contracts.enrollment.AttendanceRecorded.class, ids).size() == PARTICIPANTS);

        long sent = System.currentTimeMillis();
        as(admin()).post(sessions(run) + "/close").then().statusCode(200);
        long answered = System.currentTimeMillis() - sent;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> events(CourseCompleted.class, ids).size() == PARTICIPANTS);
        List<ConsumerRecord<String, String>> records = events(CourseCompleted.class, ids);
        assertEquals(PARTICIPANTS, records.size());
        long first = records.stream().mapToLong(ConsumerRecord::timestamp).min().orElseThrow() - sent;
        long lastRecord = records.stream().mapToLong(ConsumerRecord::timestamp).max().orElseThrow() - sent;
        return new long[] {answered, first, lastRecord};
    }
}
