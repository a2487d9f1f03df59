package id.kompeten.platform.messaging.health;

import id.kompeten.platform.messaging.OutboxConfig;
import id.kompeten.platform.messaging.OutboxMonitor;
import id.kompeten.platform.messaging.OutboxStats;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * How far publishing is behind, in group {@value KafkaHealth#GROUP}: DOWN while an event is parked or the oldest
 * pending event is older than {@code kompeten.outbox.lag-alert}. Never in readiness: the instance still serves, and
 * the events wait safely in its database.
 */
@HealthGroup(KafkaHealth.GROUP)
@ApplicationScoped
public class OutboxCheck implements HealthCheck {

    private final OutboxMonitor monitor;
    private final OutboxConfig config;

    OutboxCheck(OutboxMonitor monitor, OutboxConfig config) {
        this.monitor = monitor;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxStats stats = monitor.refresh();
        boolean lagging = stats.oldestPendingAge().compareTo(config.lagAlert()) > 0;
        return HealthCheckResponse.named("Outbox")
                .status(stats.parked() == 0 && !lagging)
                .withData("pending", stats.pending())
                .withData("parked", stats.parked())
                .withData("oldestPendingAgeSeconds", stats.oldestPendingAge().toSeconds())
                .withData("lagAlertSeconds", config.lagAlert().toSeconds())
                .build();
    }
}
