package id.kompeten.catalogreplica;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CompetencyUpdated;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.platform.messaging.ProcessedEvents;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The replica consumer against a real broker and database, fed with the producer's checked-in samples. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class CatalogEventsConsumerTest {

    private static final String TOPIC = Topic.TRAINING_CATALOG.topicName();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CompetencyReplicaRepository replicas;

    @Inject
    ProcessedEvents processed;

    @Test
    void sampleEventBecomesAReplica() throws Exception {
        String code = code();
        send(code, CompetencyDefined.class, sample(CompetencyDefined.class, code, 0, "Pelayanan Prima"), UUID.randomUUID().toString());

        CompetencyReplica replica = awaitReplica(code);
        assertEquals("Pelayanan Prima", replica.nameId());
        assertEquals("Excellent Public Service", replica.nameEn());
        assertEquals("TEKNIS", replica.type().name());
        assertEquals(0, replica.sourceVersion());
    }

    @Test
    void redeliveredEventChangesNothing() throws Exception {
        String code = code();
        String eventId = UUID.randomUUID().toString();
        String event = sample(CompetencyDefined.class, code, 0, "Asli");
        send(code, CompetencyDefined.class, event, eventId);
        awaitReplica(code);
        // Tamper with the replica, then deliver the same event again: an idempotent consumer must not re-apply it.
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("UPDATE competency_replica SET name_id = 'diubah' WHERE code = ?1")
                .setParameter(1, code).executeUpdate());
        send(code, CompetencyDefined.class, event, eventId);
        // A later record with the same key lands in the same partition, so once it is applied the redelivery was too.
        String sentinel = code();
        TestKafka.sendCloudEvent(TOPIC, code, "CompetencyDefined", UUID.randomUUID().toString(),
                sample(CompetencyDefined.class, sentinel, 0, "Penanda"));
        awaitReplica(sentinel);

        assertEquals("diubah", find(code).orElseThrow().nameId());
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> processed.count(CatalogEventsConsumer.CONSUMER, eventId)));
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() throws Exception {
        String key = code();
        TestKafka.sendCloudEvent(TOPIC, key, "CompetencyDefined", UUID.randomUUID().toString(), "{ not json");
        TestKafka.send(TOPIC, key, "{}", Map.of());
        TestKafka.sendCloudEvent(TOPIC, key, "CompetencyRenamedInTheFuture", UUID.randomUUID().toString(), "{}");
        String next = code();
        TestKafka.sendCloudEvent(TOPIC, key, "CompetencyDefined", UUID.randomUUID().toString(),
                sample(CompetencyDefined.class, next, 0, "Berikutnya"));

        awaitReplica(next);
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
    void olderSnapshotArrivingLateDoesNotOverwriteANewerOne() throws Exception {
        String code = code();
        send(code, CompetencyUpdated.class, sample(CompetencyUpdated.class, code, 1, "Baru"), UUID.randomUUID().toString());
        send(code, CompetencyDefined.class, sample(CompetencyDefined.class, code, 0, "Lama"), UUID.randomUUID().toString());
        String sentinel = code();
        TestKafka.sendCloudEvent(TOPIC, code, "CompetencyDefined", UUID.randomUUID().toString(),
                sample(CompetencyDefined.class, sentinel, 0, "Penanda"));
        awaitReplica(sentinel);

        CompetencyReplica replica = find(code).orElseThrow();
        assertEquals("Baru", replica.nameId());
        assertEquals(1, replica.sourceVersion());
    }

    private static String code() {
        return "KOMP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The producer's checked-in sample with this test's code, version and Indonesian name. */
    private static String sample(Class<? extends DomainEvent> type, String code, long version,
            String nameId) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(EventSamples.json(type));
        ObjectNode competency = (ObjectNode) event.get("competency");
        competency.put("code", code).put("version", version);
        ((ObjectNode) competency.get("name")).put("id", nameId);
        return JSON.writeValueAsString(event);
    }

    private static void send(String key, Class<? extends DomainEvent> type, String json, String id) {
        TestKafka.sendCloudEvent(TOPIC, key, Topic.typeOf(type), id, json);
    }

    private CompetencyReplica awaitReplica(String code) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> find(code), Optional::isPresent).orElseThrow();
    }

    private Optional<CompetencyReplica> find(String code) {
        return QuarkusTransaction.requiringNew().call(() -> replicas.findByIdOptional(code));
    }
}
