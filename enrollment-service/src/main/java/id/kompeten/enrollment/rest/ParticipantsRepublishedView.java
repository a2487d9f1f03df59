package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.service.ParticipantsRepublished;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a republication of the participant register wrote to the outbox. */
@Schema(name = "ParticipantsRepublished")
public record ParticipantsRepublishedView(
        @Schema(description = "Participants published, active or not: one ParticipantChanged each on"
                + " enrollment.participants", example = "1250") long published,
        @Schema(description = "Transactions it took, one per batch", example = "3") int transactions,
        @Schema(description = "When it began", example = "2026-12-01T03:00:00Z") Instant startedAt) {

    static ParticipantsRepublishedView of(ParticipantsRepublished republished) {
        return new ParticipantsRepublishedView(republished.published(), republished.transactions(),
                republished.startedAt());
    }
}
