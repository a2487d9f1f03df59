package id.kompeten.platform.messaging.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the health group {@value KafkaHealth#GROUP}. */
@ConfigMapping(prefix = "kompeten.health.kafka")
public interface KafkaHealthConfig {

    /** How long the broker check waits for Kafka's answer before it reports DOWN. */
    @WithDefault("3s")
    Duration timeout();
}
