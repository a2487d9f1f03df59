package id.kompeten.contracts;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How one Kafka topic is created: the single definition that the local stack, the tests and
 * {@code docker/kafka/create-topics.sh} (production) follow. Brokers never create topics on first use.
 *
 * @param name          the topic name
 * @param partitions    partition count; a key always lands on the same partition, so raising it later moves keys and
 *                      breaks their order for a moment: choose it once, for the largest number of consumer instances
 * @param cleanupPolicy {@code compact} keeps the latest record of every key (for full snapshots), {@code delete} drops
 *                      records older than {@code retention}
 * @param retention     how long records are kept; only for {@link CleanupPolicy#DELETE}
 */
public record TopicDefinition(String name, int partitions, CleanupPolicy cleanupPolicy, Duration retention) {

    public TopicDefinition {
        if (partitions < 1) {
            throw new IllegalArgumentException(name + ": at least one partition");
        }
        if ((cleanupPolicy == CleanupPolicy.DELETE) != (retention != null)) {
            throw new IllegalArgumentException(name + ": a retention goes with the delete policy, and only with it");
        }
    }

    public static TopicDefinition compacted(String name, int partitions) {
        return new TopicDefinition(name, partitions, CleanupPolicy.COMPACT, null);
    }

    public static TopicDefinition deleted(String name, int partitions, Duration retention) {
        return new TopicDefinition(name, partitions, CleanupPolicy.DELETE, retention);
    }

    /** The topic-level settings, as {@code kafka-topics.sh --config} and the admin client take them. */
    public Map<String, String> configs() {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("cleanup.policy", cleanupPolicy.value());
        if (retention != null) {
            configs.put("retention.ms", String.valueOf(retention.toMillis()));
        }
        return configs;
    }

    public enum CleanupPolicy {
        COMPACT, DELETE;

        /** The value of Kafka's {@code cleanup.policy}. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
