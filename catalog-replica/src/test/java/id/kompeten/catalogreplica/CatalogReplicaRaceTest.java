package id.kompeten.catalogreplica;

import static id.kompeten.catalogreplica.ReplicaTestSupport.count;
import static id.kompeten.catalogreplica.ReplicaTestSupport.id;
import static id.kompeten.catalogreplica.ReplicaTestSupport.sample;
import static id.kompeten.catalogreplica.SnapshotAssertions.assertReplicaHolds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import id.kompeten.catalogreplica.ReplicaTestSupport.Sample;
import id.kompeten.contracts.catalog.SessionUpdated;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.platform.messaging.EffectOutcome;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Several versions of one session applied at the same time, as a rebuild's replay and the live consumers of two
 * instances may: the row lock serialises them, so the newest snapshot wins with exactly its own days.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class CatalogReplicaRaceTest {

    private static final int VERSIONS = 8;
    private static final int ROUNDS = 5;

    @Inject
    CatalogReplica catalog;

    @Test
    void concurrentVersionsOfOneSessionLeaveTheNewest() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(VERSIONS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String sessionId = id();
                assertEquals(EffectOutcome.APPLIED, version(sessionId, 0).apply());
                List<Sample<?>> versions = new ArrayList<>();
                for (int version = 1; version <= VERSIONS; version++) {
                    versions.add(version(sessionId, version));
                }
                Collections.shuffle(versions);
                Map<EffectOutcome, Integer> outcomes = new ConcurrentHashMap<>();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> running = new ArrayList<>();
                for (Sample<?> sample : versions) {
                    running.add(pool.submit((Callable<Void>) () -> {
                        start.await();
                        outcomes.merge(sample.apply(), 1, Integer::sum);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> future : running) {
                    future.get(60, TimeUnit.SECONDS);
                }

                assertReplicaHolds(version(sessionId, VERSIONS), catalog);
                assertEquals(VERSIONS,
                        count("SELECT COUNT(*) FROM session_day_replica WHERE session_id = ?1", sessionId),
                        "the newest version's days only");
                assertEquals(VERSIONS, outcomes.values().stream().mapToInt(Integer::intValue).sum());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Version {@code n} of a session: capacity 10 + n and n days of its own, so a mix of versions would show. */
    private static Sample<?> version(String sessionId, int n) {
        return sample(SessionUpdated.class, sessionId, n, s -> {
            ArrayNode schedule = s.putArray("schedule");
            LocalDate first = LocalDate.of(2027, 3, 1).plusDays(10L * n);
            for (int day = 0; day < Math.max(1, n); day++) {
                schedule.addObject().put("date", first.plusDays(day).toString()).put("jp", 2).put("topic", "v" + n);
            }
            s.put("startDate", first.toString()).put("endDate", first.plusDays(Math.max(1, n) - 1L).toString())
                    .put("capacity", 10 + n);
        });
    }
}
