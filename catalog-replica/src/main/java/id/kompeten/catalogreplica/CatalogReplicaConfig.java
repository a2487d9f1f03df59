package id.kompeten.catalogreplica;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of this service's replica of the training catalogue. */
@ConfigMapping(prefix = "kompeten.catalog-replica")
public interface CatalogReplicaConfig {

    /**
     * The Kafka consumer group of the live consumer (channel {@code training-catalog} reads it as its
     * {@code group.id}). All instances of one service share it, so Kafka splits the partitions among them; every
     * service has its own, so each gets every event. Without it Kafka would fall back to the application name.
     */
    @WithDefault("${quarkus.application.name}.catalog-replica")
    String consumerGroup();

    /**
     * How long a client is asked to wait ({@code Retry-After}) when a request needs a catalogue record the replica does
     * not hold yet ({@link CatalogNotSynchronisedProblem}). Catalogue events normally arrive within a second (outbox
     * poll interval plus consumer lag).
     */
    @WithDefault("2s")
    Duration retryAfter();
}
