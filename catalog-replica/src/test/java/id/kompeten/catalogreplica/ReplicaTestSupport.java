package id.kompeten.catalogreplica;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CatalogEvent;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CompetencyEvent;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.platform.messaging.EffectOutcome;
import id.kompeten.platform.messaging.EventInbox;
import id.kompeten.platform.messaging.IncomingEvent;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Fixtures of this module's tests: the producer's checked-in samples, sent to the real topic, and replica look-ups. */
final class ReplicaTestSupport {

    static final String TOPIC = Topic.TRAINING_CATALOG.topicName();

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ReplicaTestSupport() {
    }

    static String id() {
        return UUID.randomUUID().toString();
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

    /**
     * The producer's checked-in sample of {@code type}, its snapshot (the body's one field: {@code course},
     * {@code session}, ...) changed by {@code edit}, e.g. to give it this test's id and version.
     */
    static String sample(Class<? extends DomainEvent> type, Consumer<ObjectNode> edit) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(EventSamples.json(type));
            Iterator<String> fields = event.fieldNames();
            String body = fields.next();
            if (fields.hasNext()) {
                throw new IllegalStateException(type.getSimpleName() + " has more than a snapshot: " + event);
            }
            edit.accept((ObjectNode) event.get(body));
            return event.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A catalogue event built from the producer's sample: its JSON as sent, and the same as the typed record. */
    record Sample<E extends CatalogEvent>(Class<E> type, String json, E event) {

        /** Sends it the way the outbox relay does, under its aggregate id; returns its ce_id. */
        String send() {
            return ReplicaTestSupport.send(event.aggregateId(), type, json);
        }

        /**
         * Applies it straight through the inbox, under a fresh event id, as a rebuild does (no broker in between);
         * returns what the replica did.
         */
        EffectOutcome apply() {
            IncomingEvent<CatalogEvent> incoming = new IncomingEvent<>(UUID.randomUUID().toString(),
                    Topic.typeOf(type), "/test", Instant.now(), event.aggregateId(), TOPIC, event);
            return Arc.container().instance(EventInbox.class).get()
                    .process(CatalogEventsConsumer.CONSUMER, incoming, Arc.container()
                            .instance(CatalogReplicaService.class).get()::apply)
                    .orElseThrow();
        }

        /** The snapshot the event carries (its record's one component). */
        Object snapshot() {
            try {
                return type.getRecordComponents()[0].getAccessor().invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The producer's sample of {@code type} for the aggregate {@code key} (a competency's code, or a provider's,
     * course's or session's id) at {@code version}, further changed by {@code edit}.
     */
    static <E extends CatalogEvent> Sample<E> sample(Class<E> type, String key, long version,
            Consumer<ObjectNode> edit) {
        String keyField = CompetencyEvent.class.isAssignableFrom(type) ? "code" : "id";
        String json = sample(type, snapshot -> edit.accept(snapshot.put(keyField, key).put("version", version)));
        try {
            return new Sample<>(type, json, JSON.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <E extends CatalogEvent> Sample<E> sample(Class<E> type, String key, long version) {
        return sample(type, key, version, snapshot -> { });
    }

    /** Gives a session snapshot two days (12 and 12 JP) instead of the sample's three. */
    static ObjectNode twoDays(ObjectNode session) {
        ArrayNode schedule = session.putArray("schedule");
        schedule.addObject().put("date", "2027-02-08").put("jp", 12).put("topic", "Hari pertama");
        schedule.addObject().put("date", "2027-02-09").put("jp", 12).put("topic", "Hari kedua");
        return session.put("endDate", "2027-02-09");
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

    /** {@code work} in a transaction of its own, as a request or a consumer of the service would run it. */
    static <T> T inTransaction(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    static long count(String statement, Object... parameters) {
        return inTransaction(() -> {
            var query = Panache.getEntityManager().createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
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
