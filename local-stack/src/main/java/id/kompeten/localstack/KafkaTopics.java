package id.kompeten.localstack;

import id.kompeten.contracts.TopicDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates topics as {@link TopicDefinition}s say, on a broker that does not create them on first use: missing topics are
 * created, existing ones get the definition's settings (e.g. a local run's topic that an older version let the broker
 * auto-create with the delete policy) and, if they have fewer, its partition count. The same steps as
 * {@code docker/kafka/create-topics.sh}, for the embedded broker of tests and the local run.
 */
public final class KafkaTopics {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** One broker in tests and the local run. */
    private static final short REPLICATION_FACTOR = 1;

    private KafkaTopics() {
    }

    public static void ensure(String bootstrapServers, Collection<TopicDefinition> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis()))) {
            Set<String> existing = get(admin.listTopics().names());
            List<NewTopic> missing = new ArrayList<>();
            Map<ConfigResource, Collection<AlterConfigOp>> settings = new HashMap<>();
            List<String> present = new ArrayList<>();
            for (TopicDefinition topic : topics) {
                if (existing.contains(topic.name())) {
                    present.add(topic.name());
                    settings.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), topic.configs().entrySet().stream()
                            .map(config -> new AlterConfigOp(new ConfigEntry(config.getKey(), config.getValue()),
                                    AlterConfigOp.OpType.SET))
                            .toList());
                } else {
                    missing.add(new NewTopic(topic.name(), topic.partitions(), REPLICATION_FACTOR).configs(topic.configs()));
                }
            }
            createIgnoringRaces(admin, missing);
            if (!settings.isEmpty()) {
                get(admin.incrementalAlterConfigs(settings).all());
                growPartitions(admin, topics, present);
            }
        }
    }

    private static void createIgnoringRaces(Admin admin, List<NewTopic> missing) {
        if (missing.isEmpty()) {
            return;
        }
        try {
            admin.createTopics(missing).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // Another JVM sharing the broker created it meanwhile: fine, it was created from the same definition.
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Creating Kafka topics failed", e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not create the topics within " + TIMEOUT, e);
        }
    }

    private static void growPartitions(Admin admin, Collection<TopicDefinition> topics, List<String> present) {
        Map<String, TopicDescription> described = get(admin.describeTopics(present).allTopicNames());
        Map<String, NewPartitions> grow = new HashMap<>();
        for (TopicDefinition topic : topics) {
            TopicDescription description = described.get(topic.name());
            if (description != null && description.partitions().size() < topic.partitions()) {
                grow.put(topic.name(), NewPartitions.increaseTo(topic.partitions()));
            }
        }
        if (!grow.isEmpty()) {
            get(admin.createPartitions(grow).all());
        }
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka admin request failed", e);
        }
    }
}
