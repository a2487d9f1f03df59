package id.kompeten.platform.messaging;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a replica rebuild did: the topic's records from the start up to its end when the rebuild began (later ones
 * are the live consumer's), and what became of them.
 */
@Schema(name = "RebuildReport", description = "What a replica rebuild read from its topic and what became of each record")
public record RebuildReport(
        @Schema(example = "catalog-replica") String replica,
        @Schema(example = "training.catalog.events") String topic,
        @Schema(description = "Records read, from the first offset to the end when the rebuild began", example = "43")
        long records,
        @Schema(description = "Applied to the emptied replica", example = "12") long applied,
        @Schema(description = "Left alone by the replica's own rules (an older snapshot than one already applied)",
                example = "0") long ignored,
        @Schema(description = "Of types the replica does not keep; not recorded as processed", example = "31")
        long notHandled,
        @Schema(description = "Applied meanwhile by the live consumer, which keeps running", example = "0")
        long alreadyProcessed,
        @Schema(description = "Unreadable records, skipped (they went to the dead-letter topic when first consumed)",
                example = "0") long poison,
        @Schema(description = "Records that kept failing to apply (see the log); run the rebuild again once the cause is"
                + " gone", example = "0") long failed,
        @Schema(example = "2026-11-23T08:00:00Z") Instant startedAt,
        @Schema(description = "How long the rebuild took", example = "180") long durationMillis) {
}
