package id.kompeten.platform.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The settings of a plain Kafka client (the relay's producer, a rebuild's consumer, the health check's admin client)
 * taken from the shared {@code kafka.*} configuration that the messaging channels use too.
 */
public final class KafkaClientConfig {

    private KafkaClientConfig() {
    }

    /**
     * The shared settings this kind of client understands; the rest (e.g. consumer-only keys for a producer) would only
     * produce warnings.
     *
     * @param shared      the {@code default-kafka-broker} configuration bean
     * @param configNames the client's known keys, e.g. {@code ProducerConfig.configNames()}
     */
    public static Map<String, Object> of(Map<String, Object> shared, Set<String> configNames) {
        Map<String, Object> props = new HashMap<>();
        shared.forEach((key, value) -> {
            if (configNames.contains(key)) {
                props.put(key, value);
            }
        });
        return props;
    }
}
