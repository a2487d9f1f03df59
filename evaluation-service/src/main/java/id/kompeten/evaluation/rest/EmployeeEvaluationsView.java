package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.BehaviourStatus;
import id.kompeten.evaluation.domain.LearningGain;
import id.kompeten.evaluation.service.EmployeeEvaluationService.CompletionEvaluations;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's completions and where each Kirkpatrick level stands, so a frontend can show what is pending. */
@Schema(name = "EmployeeEvaluations")
public record EmployeeEvaluationsView(
        @Schema(example = "198703122010011004") String nip,
        @Schema(description = "Newest completion first") List<Item> items) {

    @Schema(name = "CompletionEvaluations")
    public record Item(
            @Schema(example = "5b0c2f8e-8a51-4c4e-9d7a-3e2f1c0b9a87") String enrollmentId,
            @Schema(example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String courseId,
            @Schema(example = "Komunikasi Publik dan Simulasi Presentasi") String courseTitle,
            @Schema(example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String sessionId,
            @Schema(description = "The day of completion in the agency's zone", example = "2026-03-04")
            LocalDate completedOn,
            Reaction reaction,
            Learning learning,
            Behaviour behaviour) {
    }

    @Schema(name = "CompletionReaction", description = "L1")
    public record Reaction(
            @Schema(description = "True once the participant gave their reaction") boolean submitted,
            @Schema(nullable = true) Instant submittedAt) {
    }

    @Schema(name = "CompletionLearning", description = "L2")
    public record Learning(
            @Schema(nullable = true, example = "60") Integer preScore,
            @Schema(nullable = true, example = "85") Integer postScore,
            @Schema(description = "post − pre", nullable = true, example = "25") Integer gain,
            @Schema(description = "(post − pre) / (100 − pre), four decimals; null when undefined (pre = 100) or"
                    + " unmeasured", nullable = true, example = "0.6250") BigDecimal normalisedGain,
            @Schema(description = "MEASURED; NORMALISED_GAIN_UNDEFINED when pre = 100; SCORES_MISSING when a score"
                    + " is missing") LearningGain.Status status) {
    }

    @Schema(name = "CompletionBehaviour", description = "L3")
    public record Behaviour(
            @Schema(description = "PENDING before the due day, DUE from it, RATED once rated") BehaviourStatus status,
            @Schema(example = "2026-06-02") LocalDate dueOn,
            @Schema(nullable = true) Instant ratedAt) {
    }

    static EmployeeEvaluationsView of(String nip, List<CompletionEvaluations> evaluations) {
        return new EmployeeEvaluationsView(nip, evaluations.stream().map(e -> {
            var c = e.completion();
            LearningGain l = e.learning();
            return new Item(c.enrollmentId(), c.courseId(), c.courseTitle(), c.sessionId(), e.completedOn(),
                    new Reaction(e.reaction() != null, e.reaction() == null ? null : e.reaction().submittedAt()),
                    new Learning(l.preScore(), l.postScore(), l.gain(), l.normalisedGainRounded(), l.status()),
                    new Behaviour(e.behaviourStatus(), e.behaviourDueOn(),
                            e.behaviour() == null ? null : e.behaviour().ratedAt()));
        }).toList());
    }
}
