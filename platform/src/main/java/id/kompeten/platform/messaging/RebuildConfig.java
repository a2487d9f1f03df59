package id.kompeten.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of replica rebuilds ({@link ReplicaRebuilder}). */
@ConfigMapping(prefix = "kompeten.replica-rebuild")
public interface RebuildConfig {

    /**
     * How long a rebuild waits for Kafka: before emptying the replica (then nothing changes and the answer is 503), and
     * for each poll while replaying.
     */
    @WithDefault("10s")
    Duration kafkaTimeout();

    /** How often one event is tried before the rebuild counts it as failed and goes on (transient database errors). */
    @WithDefault("3")
    int applyAttempts();
}
