package id.kompeten.platform.messaging.rest;

import id.kompeten.platform.messaging.OutboxEvent;
import id.kompeten.platform.messaging.ParkedOutboxEvents.ParkedEvent;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ParkedEvent", description = "An outbox event Kafka kept refusing, parked until an operator retries or"
        + " discards it; the later events of its aggregate (topic and key) wait behind it.")
public record ParkedEventView(
        @Schema(description = "Outbox row id, used in the retry and discard paths", example = "4711") long id,
        @Schema(description = "The event's ce_id", example = "8d0f7c8e-2f0b-4a8e-9b8a-0c6f1d2e3a4b") String eventId,
        @Schema(example = "training.catalog.events") String topic,
        @Schema(description = "The aggregate id (Kafka key)", example = "PELAYANAN-PRIMA") String key,
        @Schema(description = "The event type (ce_type)", example = "CompetencyUpdated") String type,
        @Schema(example = "2026-11-23T08:00:00Z") Instant occurredAt,
        @Schema(description = "Attempts to ship it so far", example = "5") int attempts,
        @Schema(description = "The last error Kafka gave", example = "org.apache.kafka.common.errors.RecordTooLargeException:"
                + " The message is 1100250 bytes when serialized which is larger than 1048576, the value of the"
                + " max.request.size configuration.") String lastError,
        @Schema(description = "When it was parked; absent once retried", example = "2026-11-23T08:00:03Z") Instant parkedAt,
        @Schema(description = "When an operator discarded it; absent unless discarded", example = "2026-11-23T09:15:00Z")
        Instant discardedAt,
        @Schema(description = "Events of the same aggregate waiting behind it", example = "2") long waitingBehind,
        @Schema(description = "PARKED; PENDING once retried (the relay ships it next); DISCARDED once discarded",
                example = "PARKED") Status status) {

    @Schema(name = "ParkedEventStatus")
    public enum Status {
        PARKED, PENDING, DISCARDED
    }

    static ParkedEventView of(ParkedEvent parked) {
        OutboxEvent event = parked.event();
        Status status = event.discardedAt() != null ? Status.DISCARDED : event.parked() ? Status.PARKED : Status.PENDING;
        return new ParkedEventView(event.id(), event.eventId(), event.topic(), event.key(), event.type(), event.occurredAt(),
                event.attempts(), event.lastError(), event.parkedAt(), event.discardedAt(), parked.waitingBehind(), status);
    }
}
