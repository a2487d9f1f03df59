package id.kompeten.catalogreplica;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.localstack.testing.TestKafka;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Fixtures of this module's tests: the producer's checked-in samples, sent to the real topic, and replica look-ups. */
final class ReplicaTestSupport {

    static final String TOPIC = Topic.TRAINING_CATALOG.topicName();

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplicaTestSupport() {
    }

    static String code() {
        return "KOMP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The producer's checked-in sample of a competency event with this test's code, version and Indonesian name. */
    static String competencySample(Class<? extends DomainEvent> type, String code, long version, String nameId) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(EventSamples.json(type));
            ObjectNode competency = (ObjectNode) event.get("competency");
            competency.put("code", code).put("version", version);
            ((ObjectNode) competency.get("name")).put("id", nameId);
            return event.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends an event the way the outbox relay does; returns its ce_id. */
    static String send(String key, Class<? extends DomainEvent> type, String json) {
        return TestKafka.sendCloudEvent(TOPIC, key, Topic.typeOf(type), UUID.randomUUID().toString(), json);
    }

    /**
     * Sends a new competency under {@code key} and waits until it is replicated: a record with the same key lands in
     * the same partition, so once it is applied every record sent before it under that key was handled too.
     */
    static void awaitRecordsBefore(String key) {
        String sentinel = code();
        TestKafka.sendCloudEvent(TOPIC, key, Topic.typeOf(CompetencyDefined.class), UUID.randomUUID().toString(),
                competencySample(CompetencyDefined.class, sentinel, 0, "Penanda"));
        awaitReplica(sentinel);
    }

    static CompetencyReplica awaitReplica(String code) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> replica(code), Optional::isPresent).orElseThrow();
    }

    static Optional<CompetencyReplica> replica(String code) {
        return QuarkusTransaction.requiringNew().call(
                () -> Optional.ofNullable(Panache.getEntityManager().find(CompetencyReplica.class, code)));
    }

    static void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = Panache.getEntityManager().createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
