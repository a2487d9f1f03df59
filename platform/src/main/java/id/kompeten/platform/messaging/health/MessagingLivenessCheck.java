package id.kompeten.platform.messaging.health;

import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness keeps what SmallRye's own (switched-off) check gave it: DOWN when a channel has failed for good (its stream
 * ended, e.g. the dead-letter topic could not be written), which only a restart cures. A broker outage is no such
 * failure: consumers reconnect by themselves, so it never makes an instance un-alive.
 */
@Liveness
@ApplicationScoped
public class MessagingLivenessCheck implements HealthCheck {

    private final HealthCenter channels;

    MessagingLivenessCheck(HealthCenter channels) {
        this.channels = channels;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Messaging channels alive");
        if (!channels.isInitialized()) {
            // Still starting: nothing has failed.
            return response.up().build();
        }
        HealthReport alive = channels.getLiveness();
        alive.getChannels().stream().filter(channel -> !channel.isOk())
                .forEach(channel -> response.withData(channel.getChannel(), String.valueOf(channel.getMessage())));
        return response.status(alive.isOk()).build();
    }
}
