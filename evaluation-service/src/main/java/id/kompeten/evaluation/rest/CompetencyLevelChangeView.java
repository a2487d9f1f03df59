package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.CompetencyLevelChange;
import id.kompeten.evaluation.domain.CompetencyLevelChange.CauseType;
import id.kompeten.evaluation.domain.LevelSource;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompetencyLevelChange", description = "One change of a profile line and what caused it; kept for ever")
public record CompetencyLevelChangeView(
        @Schema(description = "The change's id (changeId of CompetencyProfileUpdated)",
                example = "e3a1c7d9-2b4f-4a6e-8d1c-5f9b3e7a2c10") String id,
        @Schema(example = "SIAK") String competencyCode,
        @Schema(description = "The level before; null when the profile had none", example = "2", nullable = true)
        Integer oldLevel,
        @Schema(example = "3") int newLevel,
        @Schema(description = "The source of the new level") LevelSource source,
        ChangeCauseView cause,
        @Schema(description = "Why (required when an assessment lowered the level, and for manual entries)",
                example = "Dinilai ulang setelah mutasi ke loket pelayanan", nullable = true) String reason,
        @Schema(description = "The day the new level counts from", example = "2026-11-20") LocalDate obtainedOn,
        @Schema(example = "2026-11-20T08:05:12.341Z") Instant changedAt,
        @Schema(description = "The token subject of the request, or competency-profile for a consumed completion",
                example = "competency-profile") String changedBy) {

    static CompetencyLevelChangeView of(CompetencyLevelChange change) {
        CompetencyLevelChange.Cause cause = change.cause();
        return new CompetencyLevelChangeView(change.id(), change.competencyCode(), change.oldLevel(),
                change.newLevel(), change.source(),
                new ChangeCauseView(cause.type(), cause.id(), cause.name(), cause.reference()), change.reason(),
                change.obtainedOn(), change.changedAt(), change.changedBy());
    }

    @Schema(name = "CompetencyLevelChangeCause", description = "The event or request that caused a change")
    public record ChangeCauseView(
            @Schema(description = "EVENT (a consumed event) or REQUEST (an API request)") CauseType type,
            @Schema(description = "The event's CloudEvents id, or the request's id (assessment or manual entry id)",
                    example = "0b9e4f2a-6c1d-4e8b-a3f5-2d7c9e1b4a60") String id,
            @Schema(description = "The event type or the operation: CourseCompleted, recordAssessment,"
                    + " setCompetencyLevel", example = "CourseCompleted") String name,
            @Schema(description = "What it is about: the completion's enrollment id, the assessment's id, the manual"
                    + " entry's id", example = "5c2b8e1f-7a4d-4f3e-9c6b-1e0d2a3b4c5d") String reference) {
    }
}
