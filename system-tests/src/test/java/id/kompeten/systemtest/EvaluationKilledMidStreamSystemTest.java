package id.kompeten.systemtest;

import static id.kompeten.systemtest.SystemStack.EVALUATION;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.systemtest.CompletionEvents.Completion;
import id.kompeten.systemtest.CompletionEvents.Totals;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * evaluation-service killed (SIGKILL: no shutdown hook, no last offset commit) while it works through a stream of
 * CourseCompleted on {@code enrollment.events}, more records arriving while it is dead, then started again: it must
 * resume from its group's committed offsets, so no completion is lost, and the records it had applied but not yet
 * committed come again and must not count twice (its inbox of processed event ids). Exact totals in the units'
 * training records once the group's committed offsets reach the end of the topic.
 */
@SystemTest({EVALUATION})
class EvaluationKilledMidStreamSystemTest {

    private static final int BEFORE_KILL = 800;
    private static final int WHILE_DEAD = 200;
    /** Kill once the group has committed this many of the run's records: well into the stream, far from its end. */
    private static final int KILL_AFTER_COMMITTED = 100;
    private static final String PERIOD = "2026-05";
    private static final Duration CAUGHT_UP_BOUND = Duration.ofMinutes(5);
    private static final Duration PROGRESS_BOUND = Duration.ofMinutes(2);

    private final SystemStack stack;

    EvaluationKilledMidStreamSystemTest(SystemStack stack) {
        this.stack = stack;
    }

    /** Set from the kill until the restart is ready. */
    private static volatile boolean down;

    /** Whatever happened, the next classes meet a running, ready evaluation-service. */
    @AfterAll
    static void evaluationRunsAgain(SystemStack stack) {
        if (down) {
            stack.restart(EVALUATION, Map.of());
            down = false;
        }
    }

    @Test
    void aKilledEvaluationResumesFromItsCommittedOffsetsAndCountsEveryCompletionOnce() throws Exception {
        CompletionEvents events = new CompletionEvents(PERIOD, 4);
        List<Completion> first = events.completions(0, BEFORE_KILL);
        List<Completion> second = events.completions(BEFORE_KILL, BEFORE_KILL + WHILE_DEAD);
        try (Admin admin = CompletionEvents.admin(stack)) {
            // A group that lags from an earlier class would blur where the stream starts.
            await("evaluation caught up with " + CompletionEvents.TOPIC + " before the run").atMost(CAUGHT_UP_BOUND)
                    .pollInterval(Duration.ofMillis(250)).until(() -> CompletionEvents.lag(admin) == 0);
            long start = CompletionEvents.committed(admin);

            long begin = System.nanoTime();
            events.send(stack.kafkaBootstrapServers(), first);
            long sentMillis = millisSince(begin);

            await("evaluation committing the first " + KILL_AFTER_COMMITTED + " records").atMost(PROGRESS_BOUND)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> CompletionEvents.committed(admin) - start >= KILL_AFTER_COMMITTED);
            // What evaluation has applied just before it dies (at least: it goes on for a few milliseconds).
            Totals appliedBeforeKill = events.totals(stack);
            down = true;
            stack.kill(EVALUATION);
            long killedAtMillis = millisSince(begin);
            long committedAtKill = CompletionEvents.committed(admin) - start;
            assertTrue(committedAtKill < BEFORE_KILL, "killed mid-stream: " + committedAtKill + " of " + BEFORE_KILL
                    + " committed");
            // Applied but not committed: these come again after the restart and must be recognised.
            long appliedNotCommitted = Math.max(0, appliedBeforeKill.completions() - committedAtKill);

            events.send(stack.kafkaBootstrapServers(), second);

            long restartBegin = System.nanoTime();
            stack.restart(EVALUATION, Map.of());
            down = false;
            long readyMillis = millisSince(restartBegin);
            await("evaluation committing again after its restart").atMost(PROGRESS_BOUND)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> CompletionEvents.committed(admin) - start > committedAtKill);
            long resumedMillis = millisSince(restartBegin);
            await("evaluation caught up after its restart").atMost(CAUGHT_UP_BOUND)
                    .pollInterval(Duration.ofMillis(250)).until(() -> CompletionEvents.lag(admin) == 0);
            long caughtUpMillis = millisSince(restartBegin);

            List<Completion> all = new ArrayList<>(first);
            all.addAll(second);
            Totals expected = Totals.of(all);
            Totals actual = events.totals(stack);
            SystemStack.say("Evaluation killed mid-stream: %d CourseCompleted sent in %d ms, killed %d ms later with"
                    + " %d committed and at least %d applied (≥ %d applied but not committed, to be delivered again);"
                    + " %d more sent while it was dead; restarted and ready in %d ms, committing again after %d ms,"
                    + " caught up after %d ms; totals %s, expected %s",
                    BEFORE_KILL, sentMillis, killedAtMillis - sentMillis, committedAtKill,
                    appliedBeforeKill.completions(), appliedNotCommitted, WHILE_DEAD, readyMillis, resumedMillis,
                    caughtUpMillis, actual, expected);
            assertEquals(expected, actual, "every completion counted once: none lost to the kill, none twice");
            assertEquals(BEFORE_KILL + WHILE_DEAD, CompletionEvents.committed(admin) - start,
                    "the group committed exactly the run's records");
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
