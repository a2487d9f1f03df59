package id.kompeten.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the consumer taking enrollment's completions into the profiles (channel enrollment-events). */
@ConfigMapping(prefix = "kompeten.enrollment-events")
public interface EnrollmentEventsConfig {

    /**
     * The Kafka consumer group reading {@code enrollment.events} (the channel's {@code group.id}), shared by all
     * instances of evaluation-service. A group without committed offsets reads the topic from its start (400 days):
     * completions are recorded once per enrollment, so a replay raises nothing twice.
     */
    @WithDefault("${quarkus.application.name}.enrollment")
    String consumerGroup();
}
