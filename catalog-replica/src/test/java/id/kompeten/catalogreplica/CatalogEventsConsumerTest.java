package id.kompeten.catalogreplica;

import static id.kompeten.catalogreplica.ReplicaTestSupport.TOPIC;
import static id.kompeten.catalogreplica.ReplicaTestSupport.awaitRecordsBefore;
import static id.kompeten.catalogreplica.ReplicaTestSupport.awaitReplica;
import static id.kompeten.catalogreplica.ReplicaTestSupport.code;
import static id.kompeten.catalogreplica.ReplicaTestSupport.competencySample;
import static id.kompeten.catalogreplica.ReplicaTestSupport.replica;
import static id.kompeten.catalogreplica.ReplicaTestSupport.send;
import static id.kompeten.catalogreplica.ReplicaTestSupport.sql;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CompetencyUpdated;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.platform.messaging.ProcessedEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The replica consumer against a real broker and database, fed with the producer's checked-in samples. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class CatalogEventsConsumerTest {

    @Inject
    ProcessedEvents processed;

    @Test
    void sampleEventBecomesAReplica() {
        String code = code();
        send(code, CompetencyDefined.class, competencySample(CompetencyDefined.class, code, 0, "Pelayanan Prima"));

        CompetencyReplica replica = awaitReplica(code);
        assertEquals("Pelayanan Prima", replica.nameId());
        assertEquals("Excellent Public Service", replica.nameEn());
        assertEquals("TEKNIS", replica.type().name());
        assertEquals(0, replica.sourceVersion());
    }

    @Test
    void redeliveredEventChangesNothing() {
        String code = code();
        String eventId = UUID.randomUUID().toString();
        String event = competencySample(CompetencyDefined.class, code, 0, "Asli");
        TestKafka.sendCloudEvent(TOPIC, code, "CompetencyDefined", eventId, event);
        awaitReplica(code);
        // Tamper with the replica, then deliver the same event again: an idempotent consumer must not re-apply it.
        sql("UPDATE competency_replica SET name_id = 'diubah' WHERE code = ?1", code);
        TestKafka.sendCloudEvent(TOPIC, code, "CompetencyDefined", eventId, event);
        awaitRecordsBefore(code);

        assertEquals("diubah", replica(code).orElseThrow().nameId());
        assertEquals(1, processedCount(eventId));
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        String key = code();
        TestKafka.sendCloudEvent(TOPIC, key, "CompetencyDefined", UUID.randomUUID().toString(), "{ not json");
        TestKafka.send(TOPIC, key, "{}", Map.of());
        TestKafka.sendCloudEvent(TOPIC, key, "CompetencyRenamedInTheFuture", UUID.randomUUID().toString(), "{}");
        awaitRecordsBefore(key);

        var dead = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> TestKafka.readAll(Topic.TRAINING_CATALOG.deadLetterTopicName(),
                        record -> key.equals(record.key())), records -> records.size() == 3);
        for (ConsumerRecord<String, String> record : dead) {
            String reason = TestKafka.header(record, "dead-letter-reason");
            assertNotNull(reason, "the error travels with the dead letter");
            assertFalse(reason.isBlank());
            assertEquals(TOPIC, TestKafka.header(record, "dead-letter-topic"));
        }
        assertEquals("{ not json", dead.get(0).value(), "the original record is kept as it was");
    }

    @Test
    void olderSnapshotArrivingLateDoesNotOverwriteANewerOne() {
        String code = code();
        send(code, CompetencyUpdated.class, competencySample(CompetencyUpdated.class, code, 1, "Baru"));
        String stale = send(code, CompetencyDefined.class, competencySample(CompetencyDefined.class, code, 0, "Lama"));
        awaitRecordsBefore(code);

        CompetencyReplica replica = replica(code).orElseThrow();
        assertEquals("Baru", replica.nameId());
        assertEquals(1, replica.sourceVersion());
        assertEquals(1, processedCount(stale), "ignored by the replica's own version rule: done with, so recorded");
    }

    @Test
    void offsetsAreCommittedUnderTheConsumerGroupNamedInConfiguration() {
        String group = ConfigProvider.getConfig().getValue("kompeten.catalog-replica.consumer-group", String.class);
        assertEquals("catalog-replica-test.catalog-replica", group, "documented default: <application name>.catalog-replica");
        String code = code();
        send(code, CompetencyDefined.class, competencySample(CompetencyDefined.class, code, 0, "Grup"));
        awaitReplica(code);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> TestKafka.committedOffsets(group, TOPIC) > 0);
        assertEquals(0, TestKafka.committedOffsets("catalog-replica-test", TOPIC),
                "nothing under the application name, Kafka's fallback when no group is configured");
    }

    private long processedCount(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> processed.count(CatalogEventsConsumer.CONSUMER, eventId));
    }
}
