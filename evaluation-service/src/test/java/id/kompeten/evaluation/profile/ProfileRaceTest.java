package id.kompeten.evaluation.profile;

import static id.kompeten.evaluation.profile.CompetencyProfileTest.assess;
import static id.kompeten.evaluation.profile.ProfileTestSupport.competency;
import static id.kompeten.evaluation.profile.ProfileTestSupport.completion;
import static id.kompeten.evaluation.profile.ProfileTestSupport.employee;
import static id.kompeten.evaluation.profile.ProfileTestSupport.id;
import static id.kompeten.evaluation.profile.ProfileTestSupport.nip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.kompeten.contracts.Topic;
import id.kompeten.evaluation.domain.CompetencyLevel;
import id.kompeten.evaluation.domain.CompetencyLevelChange;
import id.kompeten.evaluation.domain.CompetencyLevelChangeRepository;
import id.kompeten.evaluation.domain.CompetencyLevelRepository;
import id.kompeten.evaluation.domain.LevelSource;
import id.kompeten.evaluation.service.CompetencyProfileService;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.Race;
import id.kompeten.platform.messaging.OutboxEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Concurrent changes of one profile line, as two consumer instances (or a consumer and an HTTP request) make them:
 * each call runs in its own transaction on its own thread, started together.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class ProfileRaceTest {

    private static final Instant NOV_20 = Instant.parse("2026-11-20T03:00:00Z");

    @Inject
    CompetencyProfileService profiles;

    @Inject
    CompetencyLevelRepository levels;

    @Inject
    CompetencyLevelChangeRepository changes;

    @Test
    void concurrentCompletionsOfOneNewLineEndAtTheHighestWithAConsistentHistory() throws Exception {
        String code = competency(ProfileTestSupport.code(), true);
        for (int round = 0; round < 4; round++) {
            String nip = nip();
            // Four different completions creating the same line at once: no lost update, none fails.
            List<Callable<Object>> calls = new ArrayList<>();
            for (int level = 2; level <= 5; level++) {
                int target = level;
                calls.add(() -> profiles.recordCompletion(completion(nip, id(), code, target, NOV_20), id()));
            }
            race(calls);

            assertEquals(5, line(nip, code).level());
            assertChain(nip, code, 5);
        }
    }

    @Test
    void twoCompletionsOfAnExistingLineEndAtTheHigher() throws Exception {
        String code = competency(ProfileTestSupport.code(), true);
        for (int round = 0; round < 4; round++) {
            String nip = nip();
            profiles.recordCompletion(completion(nip, id(), code, 1, NOV_20), id());
            race(List.of(() -> profiles.recordCompletion(completion(nip, id(), code, 3, NOV_20), id()),
                    () -> profiles.recordCompletion(completion(nip, id(), code, 4, NOV_20), id())));

            assertEquals(4, line(nip, code).level());
            assertChain(nip, code, 4);
        }
    }

    @Test
    void anAssessmentRacingAnOlderCompletionWinsWhicheverCommitsFirst() throws Exception {
        String code = competency(ProfileTestSupport.code(), true);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        Instant yesterday = today.minusDays(1).atStartOfDay(ZoneId.of("Asia/Jakarta")).toInstant();
        for (int round = 0; round < 4; round++) {
            String nip = nip();
            employee(nip, "DISDUKCAPIL-SIBOLGA", null);
            race(List.of(() -> profiles.recordCompletion(completion(nip, id(), code, 4, yesterday), id()),
                    () -> assess(nip, code, 2, today, "Belum mandiri").then().statusCode(201)));

            CompetencyLevel line = line(nip, code);
            assertEquals(2, line.level(), "the assessment is the later evidence, in either order");
            assertEquals(LevelSource.ASSESSMENT, line.source());
            assertChain(nip, code, 2);
        }
    }

    /**
     * The history is one chain: the oldest change starts from nothing, each next one starts where the previous ended,
     * the last ends at the line's level, and each change published exactly one event.
     */
    private void assertChain(String nip, String code, int finalLevel) {
        List<CompetencyLevelChange> history = new ArrayList<>(
                QuarkusTransaction.requiringNew().call(() -> changes.ofEmployee(nip, code).list()));
        Collections.reverse(history);
        assertNull(history.get(0).oldLevel(), "the first change created the line");
        for (int i = 1; i < history.size(); i++) {
            assertEquals(history.get(i - 1).newLevel(), history.get(i).oldLevel(), "change " + i + " of " + history);
        }
        assertEquals(finalLevel, history.get(history.size() - 1).newLevel());
        long events = QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.forKey(Topic.EVALUATION.topicName(), nip).size());
        assertEquals(history.size(), events, "one event per change");
    }

    private CompetencyLevel line(String nip, String code) {
        return QuarkusTransaction.requiringNew().call(() -> levels.findById(new CompetencyLevel.Key(nip, code)));
    }

    /** Runs the calls at the same moment on their own threads; fails with the first call's failure. */
    private static void race(List<Callable<Object>> calls) throws Exception {
        Race.atOnce(calls, Duration.ofSeconds(30));
    }
}
