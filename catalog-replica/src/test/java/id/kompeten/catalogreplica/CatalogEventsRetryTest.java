package id.kompeten.catalogreplica;

import static id.kompeten.catalogreplica.ReplicaTestSupport.awaitRecordsBefore;
import static id.kompeten.catalogreplica.ReplicaTestSupport.awaitReplica;
import static id.kompeten.catalogreplica.ReplicaTestSupport.code;
import static id.kompeten.catalogreplica.ReplicaTestSupport.competencySample;
import static id.kompeten.catalogreplica.ReplicaTestSupport.replica;
import static id.kompeten.catalogreplica.ReplicaTestSupport.send;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CompetencyUpdated;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.platform.messaging.ProcessedEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The consumer's retry path: a transient database failure (a lock wait timeout, the session limit being 1 s in this
 * module's tests) is retried, and the event is then applied exactly once instead of going to the dead-letter topic.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class CatalogEventsRetryTest {

    private static final String CONSUME = CatalogEventsConsumer.class.getName() + ".consume";

    @Inject
    ProcessedEvents processed;

    @Inject
    MeterRegistry metrics;

    @Test
    void eventWhoseApplyTimesOutOnALockIsRetriedAndAppliedOnce() throws Exception {
        String code = code();
        send(code, CompetencyDefined.class, competencySample(CompetencyDefined.class, code, 0, "Awal"));
        awaitReplica(code);
        double retriesBefore = retries();

        // Another transaction holds the replica row, as a long-running rebuild or report might.
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            Panache.getEntityManager()
                    .createNativeQuery("SELECT code FROM competency_replica WHERE code = ?1 FOR UPDATE")
                    .setParameter(1, code).getResultList();
            locked.countDown();
            await().atMost(Duration.ofSeconds(30)).until(() -> release.await(100, TimeUnit.MILLISECONDS));
        }));
        assertTrue(locked.await(10, TimeUnit.SECONDS));
        String eventId = send(code, CompetencyUpdated.class, competencySample(CompetencyUpdated.class, code, 1, "Baru"));
        try {
            // The first attempt times out on the lock; fault tolerance counts the retry.
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> retries() > retriesBefore);
        } finally {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> replica(code).orElseThrow().sourceVersion() == 1);
        assertEquals("Baru", replica(code).orElseThrow().nameId());
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> processed.count(CatalogEventsConsumer.CONSUMER, eventId)));
        awaitRecordsBefore(code);
        assertEquals(0, TestKafka.readAll(Topic.TRAINING_CATALOG.deadLetterTopicName(),
                record -> code.equals(record.key())).size(), "a retried event is no dead letter");
    }

    private double retries() {
        return metrics.find("ft.retry.retries.total").tag("method", CONSUME).counters().stream()
                .mapToDouble(Counter::count).sum();
    }
}
