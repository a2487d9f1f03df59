package id.kompeten.platform.messaging.rest;

import id.kompeten.platform.messaging.Replica;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Replica", description = "A local read copy of another service's data, kept from a topic")
public record ReplicaView(
        @Schema(description = "Name, used in the rebuild path and as consumer name of processed events",
                example = "catalog-replica") String name,
        @Schema(description = "The topic it is kept from", example = "training.catalog.events") String topic,
        @Schema(description = "Kafka consumer group of its live consumer", example = "enrollment-service.catalog-replica")
        String consumerGroup,
        @Schema(description = "Tables holding its rows, emptied by a rebuild", example = "[\"competency_replica\"]")
        List<String> tables) {

    static ReplicaView of(Replica<?> replica) {
        return new ReplicaView(replica.name(), replica.topic().topicName(), replica.consumerGroup(), replica.tables());
    }
}
