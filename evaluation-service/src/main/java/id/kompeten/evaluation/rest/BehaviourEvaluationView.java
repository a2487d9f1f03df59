package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.BehaviourEvaluation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A supervisor's L3 rating of one completion. */
@Schema(name = "BehaviourEvaluation")
public record BehaviourEvaluationView(
        @Schema(example = "5b0c2f8e-8a51-4c4e-9d7a-3e2f1c0b9a87") String enrollmentId,
        @Schema(description = "The rated employee", example = "198703122010011004") String nip,
        @Schema(example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String courseId,
        @Schema(example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String sessionId,
        @Schema(description = "The supervisor who rated", example = "197806302003122001") String raterNip,
        @Schema(description = "The due day the rating was given against", example = "2026-06-01") LocalDate dueOn,
        Instant ratedAt,
        @Schema(nullable = true, example = "Lebih percaya diri menjelaskan prosedur kepada warga.") String comment,
        List<Rating> ratings) {

    @Schema(name = "BehaviourRating")
    public record Rating(
            @Schema(example = "KOMUNIKASI-PUBLIK") String competencyCode,
            @Schema(example = "4", minimum = "1", maximum = "5") int rating,
            @Schema(nullable = true, example = "Menjawab pertanyaan warga dengan runtut.") String comment) {
    }

    static BehaviourEvaluationView of(BehaviourEvaluation b) {
        return new BehaviourEvaluationView(b.enrollmentId(), b.nip(), b.courseId(), b.sessionId(), b.raterNip(),
                b.dueOn(), b.ratedAt(), b.comment(), b.ratings().stream()
                        .map(r -> new Rating(r.competencyCode(), r.rating(), r.comment())).toList());
    }
}
