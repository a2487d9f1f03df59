package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.BehaviourStatus;
import id.kompeten.evaluation.service.BehaviourService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subordinate's completion in a supervisor's L3 list: what to rate and when. */
@Schema(name = "BehaviourRatingItem")
public record BehaviourRatingItemView(
        @Schema(example = "5b0c2f8e-8a51-4c4e-9d7a-3e2f1c0b9a87") String enrollmentId,
        @Schema(example = "198703122010011004") String nip,
        @Schema(description = "As the employee register says; null until evaluation has received the person",
                nullable = true, example = "Rina Marpaung") String name,
        @Schema(example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String courseId,
        @Schema(example = "Komunikasi Publik dan Simulasi Presentasi") String courseTitle,
        @Schema(example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String sessionId,
        @Schema(description = "The day of completion in the agency's zone", example = "2026-03-03")
        LocalDate completedOn,
        @Schema(description = "The first day the rating may be given", example = "2026-06-01") LocalDate dueOn,
        @Schema(description = "PENDING before the due day, DUE from it, RATED once rated") BehaviourStatus status,
        @Schema(nullable = true) Instant ratedAt,
        @Schema(description = "The competencies to rate: those the course targeted, with the level it brought")
        List<Target> competencies) {

    @Schema(name = "BehaviourTarget")
    public record Target(
            @Schema(example = "KOMUNIKASI-PUBLIK") String code,
            @Schema(example = "3", minimum = "1", maximum = "5") int targetLevel) {
    }

    static BehaviourRatingItemView of(BehaviourService.Item item) {
        var c = item.completion();
        return new BehaviourRatingItemView(c.enrollmentId(), c.nip(), item.name(), c.courseId(), c.courseTitle(),
                c.sessionId(), item.completedOn(), item.dueOn(), item.status(), item.ratedAt(),
                item.competencies().stream().map(t -> new Target(t.code(), t.level())).toList());
    }
}
