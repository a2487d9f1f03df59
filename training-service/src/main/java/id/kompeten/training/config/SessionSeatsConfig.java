package id.kompeten.training.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the consumer taking enrollment's seat counts into the sessions (channel {@code enrollment-events}). */
@ConfigMapping(prefix = "kompeten.session-seats")
public interface SessionSeatsConfig {

    /**
     * The Kafka consumer group reading {@code enrollment.events} (the channel's {@code group.id}). All instances of
     * training-service share it, so Kafka splits the partitions among them. Without it Kafka would fall back to the
     * application name, which another consumer of this service might one day use for another topic.
     */
    @WithDefault("${quarkus.application.name}.session-seats")
    String consumerGroup();
}
