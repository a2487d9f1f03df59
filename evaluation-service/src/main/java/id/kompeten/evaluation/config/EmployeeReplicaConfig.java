package id.kompeten.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the employee replica, kept from enrollment's participant register (channel enrollment-participants). */
@ConfigMapping(prefix = "kompeten.employees")
public interface EmployeeReplicaConfig {

    /**
     * The Kafka consumer group reading {@code enrollment.participants} (the channel's {@code group.id}). All instances
     * of evaluation-service share it, so Kafka splits the partitions among them. Without it Kafka would fall back to
     * the application name, which the service's other consumers must not share.
     */
    @WithDefault("${quarkus.application.name}.employees")
    String consumerGroup();
}
