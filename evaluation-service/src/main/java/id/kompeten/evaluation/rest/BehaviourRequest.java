package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.BehaviourService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The supervisor's L3 rating of a subordinate's applied behaviour after a completed course. */
@Schema(name = "BehaviourRequest")
public record BehaviourRequest(
        @NotBlank @Size(max = 36) @Schema(description = "The completed enrollment",
                example = "5b0c2f8e-8a51-4c4e-9d7a-3e2f1c0b9a87") String enrollmentId,
        @NotNull @Size(max = 50) @Schema(description = "Exactly one rating per competency the course targeted")
        List<@Valid @NotNull Entry> ratings,
        @Size(max = ReactionRequest.COMMENT_MAX) @Schema(description = "Optional overall comment, at most 2000"
                + " characters", nullable = true, example = "Lebih percaya diri menjelaskan prosedur kepada warga.")
        String comment) {

    /** The rating of one competency: a whole number 1-5 (a number, so that 4.5 is refused rather than cut). */
    @Schema(name = "BehaviourRatingEntry")
    public record Entry(
            @NotBlank @Size(max = 50) @Schema(example = "KOMUNIKASI-PUBLIK") String competencyCode,
            @NotNull @DecimalMin("1") @DecimalMax("5") @Digits(integer = 1, fraction = 0)
            @Schema(description = "Applied at work: 1 (not at all) to 5 (fully, a model to others)", example = "4",
                    type = SchemaType.INTEGER, minimum = "1", maximum = "5") BigDecimal rating,
            @Size(max = 1000) @Schema(description = "Optional, at most 1000 characters", nullable = true,
                    example = "Menjawab pertanyaan warga dengan runtut.") String comment) {
    }

    List<BehaviourService.Entry> entries() {
        return ratings.stream().map(e -> new BehaviourService.Entry(e.competencyCode().strip(),
                e.rating().intValueExact(), ReactionRequest.clean(e.comment()))).toList();
    }
}
