package id.kompeten.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kompeten.contracts.Topic;
import id.kompeten.contracts.TopicDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded broker of tests and the local run creates the project's topics itself and nothing by accident. */
class EmbeddedKafkaTest {

    @TempDir
    Path dataDir;

    @Test
    void createsTheCatalogueTopicCompactedAndItsDeadLetterTopicWithARetention() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir.resolve("kafka"), 0, 0);
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertTopic(admin, "training.catalog.events", 3, Map.of("cleanup.policy", "compact"));
            assertTopic(admin, "training.catalog.events.dlq", 1,
                    Map.of("cleanup.policy", "delete", "retention.ms", String.valueOf(Duration.ofDays(30).toMillis())));
            for (TopicDefinition topic : Topic.definitions()) {
                assertTopic(admin, topic.name(), topic.partitions(), topic.configs());
            }
        }
    }

    @Test
    void doesNotCreateTopicsOnFirstUse() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir.resolve("kafka"), 0, 0);
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
                KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000,
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            // A misspelt topic fails the send instead of quietly appearing with the broker's defaults.
            assertThrows(ExecutionException.class,
                    () -> producer.send(new ProducerRecord<>("training.catalog.event", "k", "v")).get(10, TimeUnit.SECONDS));
            assertFalse(admin.listTopics().names().get(10, TimeUnit.SECONDS).contains("training.catalog.event"));
        }
    }

    @Test
    void restartKeepsTheTopicsAndBringsTheirSettingsInLine() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start(dataDir.resolve("kafka"), 0, 0);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            // A local run's data from before topics were created explicitly: auto-created with the delete policy.
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "training.catalog.events");
            admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                    new ConfigEntry("cleanup.policy", "delete"), AlterConfigOp.OpType.SET)))).all().get(10, TimeUnit.SECONDS);
        }
        kafka.close();
        try (EmbeddedKafka restarted = kafka.restart();
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, restarted.bootstrapServers()))) {
            assertTopic(admin, "training.catalog.events", 3, Map.of("cleanup.policy", "compact"));
        }
    }

    private static void assertTopic(Admin admin, String name, int partitions, Map<String, String> configs) throws Exception {
        TopicDescription description = admin.describeTopics(List.of(name)).allTopicNames().get(10, TimeUnit.SECONDS).get(name);
        assertEquals(partitions, description.partitions().size(), name + " partitions");
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
        Config actual = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
        configs.forEach((key, value) -> assertEquals(value, actual.get(key).value(), name + " " + key));
    }
}
