package id.kompeten.platform.messaging.health;

/**
 * Kafka's state is reported in its own health group, {@code /q/health/group/kafka}: the broker, the messaging
 * channels and the outbox. Readiness ({@code /q/health/ready}) leaves Kafka out on purpose: an instance serves requests
 * while Kafka is away (writes wait in the outbox), so a broker outage must not take every instance out of the load
 * balancer. Monitoring alerts on this group instead.
 */
public final class KafkaHealth {

    /** The health group's name. */
    public static final String GROUP = "kafka";

    private KafkaHealth() {
    }
}
