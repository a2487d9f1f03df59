package id.kompeten.platform.messaging.health;

import io.smallrye.health.api.HealthGroup;
import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Whether every messaging channel is connected and alive, in group {@value KafkaHealth#GROUP}. SmallRye Reactive
 * Messaging would put its channels into readiness; its own checks are switched off
 * ({@code quarkus.messaging.health.enabled=false}), this one and {@link MessagingLivenessCheck} report them instead.
 */
@HealthGroup(KafkaHealth.GROUP)
@ApplicationScoped
public class KafkaChannelsCheck implements HealthCheck {

    private final HealthCenter channels;

    KafkaChannelsCheck(HealthCenter channels) {
        this.channels = channels;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka channels");
        if (!channels.isInitialized()) {
            return response.down().withData("channels", "not yet started").build();
        }
        HealthReport ready = channels.getReadiness();
        HealthReport alive = channels.getLiveness();
        ready.getChannels().forEach(channel -> response.withData(channel.getChannel(), describe(channel, "ready")));
        alive.getChannels().stream().filter(channel -> !channel.isOk())
                .forEach(channel -> response.withData(channel.getChannel(), describe(channel, "alive")));
        return response.status(ready.isOk() && alive.isOk()).build();
    }

    private static String describe(HealthReport.ChannelInfo channel, String what) {
        String state = channel.isOk() ? what : "not " + what;
        return channel.getMessage() == null || channel.getMessage().isBlank() ? state : state + ": " + channel.getMessage();
    }
}
