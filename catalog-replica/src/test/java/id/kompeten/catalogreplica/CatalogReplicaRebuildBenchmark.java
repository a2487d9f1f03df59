package id.kompeten.catalogreplica;

import static id.kompeten.catalogreplica.ReplicaTestSupport.TOPIC;
import static id.kompeten.catalogreplica.ReplicaTestSupport.awaitReplica;
import static id.kompeten.catalogreplica.ReplicaTestSupport.code;
import static id.kompeten.catalogreplica.ReplicaTestSupport.competencySample;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CoursePublished;
import id.kompeten.contracts.catalog.ProviderRegistered;
import id.kompeten.contracts.catalog.SessionScheduled;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.platform.messaging.RebuildReport;
import id.kompeten.platform.messaging.ReplicaRebuilder;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long a rebuild of the catalogue replica takes, for the demo catalogue's ~43 events and for ~1,000, in the demo's
 * mix of types (7 competencies, 3 providers, 7 courses, 26 session events per 43). Prints its figures; run with
 * {@code mvn verify -pl catalog-replica -am -Pbenchmark}.
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class CatalogReplicaRebuildBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ReplicaRebuilder rebuilder;

    @Test
    void rebuildTimes() throws Exception {
        for (int events : new int[] {43, 1_000}) {
            String lastCompetency = publish(events);
            awaitReplica(lastCompetency);
            for (int run = 1; run <= 3; run++) {
                long start = System.nanoTime();
                RebuildReport report = rebuilder.rebuild(CatalogReplicaService.NAME);
                long wall = (System.nanoTime() - start) / 1_000_000;
                assertEquals(0, report.failed());
                System.out.printf("BENCHMARK rebuild after publishing %d events: %d records in topic, %d applied, %d not"
                                + " handled, %d ms (wall %d ms)%n", events, report.records(), report.applied(),
                        report.notHandled(), report.durationMillis(), wall);
            }
        }
    }

    /** Publishes {@code count} events in the demo catalogue's mix; returns the last competency's code. */
    private static String publish(int count) throws Exception {
        String lastCompetency = null;
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < count; i++) {
                int slot = i % 43;
                if (slot < 7) {
                    lastCompetency = code();
                    send(producer, lastCompetency, CompetencyDefined.class,
                            competencySample(CompetencyDefined.class, lastCompetency, 0, "Benchmark"));
                } else if (slot < 10) {
                    send(producer, UUID.randomUUID().toString(), ProviderRegistered.class, sample(ProviderRegistered.class, "provider"));
                } else if (slot < 17) {
                    send(producer, UUID.randomUUID().toString(), CoursePublished.class, sample(CoursePublished.class, "course"));
                } else {
                    send(producer, UUID.randomUUID().toString(), SessionScheduled.class, sample(SessionScheduled.class, "session"));
                }
            }
            producer.flush();
        }
        return lastCompetency;
    }

    private static String sample(Class<? extends DomainEvent> type, String body) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(EventSamples.json(type));
        ((ObjectNode) event.get(body)).put("id", UUID.randomUUID().toString());
        return event.toString();
    }

    private static void send(KafkaProducer<String, String> producer, String key, Class<? extends DomainEvent> type,
            String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key, json);
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", Topic.typeOf(type),
                        "ce_source", "/benchmark", "ce_time", Instant.now().toString(), "ce_subject", key,
                        "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        producer.send(record);
    }
}
