package id.kompeten.platform.messaging;

import java.time.Duration;
import java.time.Instant;

/**
 * The outbox at one moment, as the gauges and the outbox health check report it.
 *
 * @param pending          events not yet in Kafka (parked ones and those they hold back included)
 * @param parked           events parked for an operator
 * @param oldestPendingAge how long the oldest pending event has waited (zero when none waits)
 * @param takenAt          when this was measured
 */
public record OutboxStats(long pending, long parked, Duration oldestPendingAge, Instant takenAt) {

    static final OutboxStats NONE = new OutboxStats(0, 0, Duration.ZERO, Instant.EPOCH);
}
