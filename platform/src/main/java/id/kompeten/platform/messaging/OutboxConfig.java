package id.kompeten.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay and of its health check. */
@ConfigMapping(prefix = "kompeten.outbox")
public interface OutboxConfig {

    /** Whether this instance ships outbox rows at all (several instances may; only one ships at a time). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for rows to ship; a full batch is followed by the next one at once. */
    @WithDefault("0.5s")
    Duration pollInterval();

    /** Rows shipped per relay transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long one batch may wait for Kafka before it gives up; rows then stay pending for the next run. */
    @WithDefault("15s")
    Duration sendTimeout();

    /**
     * How many times Kafka may refuse a row for a reason of the row's own (too large, topic not authorised, invalid
     * topic) before the row is parked for an operator. A broker outage never counts: rows simply wait for it.
     */
    @WithDefault("5")
    int maxAttempts();

    /** The outbox health check (group kafka) reports DOWN when the oldest pending row is older than this. */
    @WithDefault("5m")
    Duration lagAlert();

    /** How long shipped and discarded rows are kept for inspection and replay before the relay deletes them. */
    @WithDefault("7d")
    Duration retention();
}
