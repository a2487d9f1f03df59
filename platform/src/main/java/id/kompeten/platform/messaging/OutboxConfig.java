package id.kompeten.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay. */
@ConfigMapping(prefix = "kompeten.outbox")
public interface OutboxConfig {

    /** Whether this instance ships outbox rows at all (several instances may; only one ships at a time). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows shipped per relay transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long one batch may wait for Kafka before it gives up; rows then stay pending for the next run. */
    @WithDefault("15s")
    Duration sendTimeout();

    /** How long shipped rows are kept for inspection and replay before the relay deletes them. */
    @WithDefault("7d")
    Duration retention();
}
