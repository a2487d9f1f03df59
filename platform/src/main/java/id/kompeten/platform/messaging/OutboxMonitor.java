package id.kompeten.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far the outbox is behind: gauges {@code kompeten_outbox_pending}, {@code kompeten_outbox_parked} and
 * {@code kompeten_outbox_oldest_pending_age_seconds}, and the figures of the outbox health check (group kafka). The
 * gauges read a snapshot taken every few seconds, so a metrics scrape never waits for the database.
 */
@ApplicationScoped
public class OutboxMonitor {

    private final AtomicReference<OutboxStats> latest = new AtomicReference<>(OutboxStats.NONE);

    OutboxMonitor(MeterRegistry registry) {
        Gauge.builder("kompeten.outbox.pending", latest, stats -> stats.get().pending())
                .strongReference(true).description("Outbox events not yet in Kafka, parked ones included").register(registry);
        Gauge.builder("kompeten.outbox.parked", latest, stats -> stats.get().parked())
                .strongReference(true).description("Outbox events parked until an operator retries or discards them").register(registry);
        Gauge.builder("kompeten.outbox.oldest.pending.age", latest, stats -> stats.get().oldestPendingAge().toMillis() / 1000.0)
                .baseUnit("seconds").strongReference(true)
                .description("How long the oldest outbox event not yet in Kafka has waited").register(registry);
    }

    /** Measures now, in its own transaction, and keeps the figures for the gauges. */
    public OutboxStats refresh() {
        OutboxStats stats = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.stats(Instant.now()));
        latest.set(stats);
        return stats;
    }

    @Scheduled(identity = "outbox-monitor", every = "10s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledRefresh() {
        refresh();
    }

    /** The figures of the last measurement. */
    public OutboxStats latest() {
        return latest.get();
    }
}
