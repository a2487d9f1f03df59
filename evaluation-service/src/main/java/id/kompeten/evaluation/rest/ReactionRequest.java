package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.ReactionEvaluation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The participant's L1 reaction to a completed course. Scores are numbers rather than ints so that JSON's 4.5 is
 * refused instead of being cut to 4.
 */
@Schema(name = "ReactionRequest")
public record ReactionRequest(
        @NotBlank @Size(max = 36) @Schema(description = "The completed enrollment",
                example = "5b0c2f8e-8a51-4c4e-9d7a-3e2f1c0b9a87") String enrollmentId,
        @NotNull @DecimalMin("1") @DecimalMax("5") @Digits(integer = 1, fraction = 0)
        @Schema(description = "Content of the course, 1 (poor) to 5 (excellent)", example = "4",
                type = SchemaType.INTEGER, minimum = "1", maximum = "5") BigDecimal content,
        @NotNull @DecimalMin("1") @DecimalMax("5") @Digits(integer = 1, fraction = 0)
        @Schema(description = "The trainers, 1 to 5", example = "5", type = SchemaType.INTEGER, minimum = "1",
                maximum = "5") BigDecimal trainer,
        @NotNull @DecimalMin("1") @DecimalMax("5") @Digits(integer = 1, fraction = 0)
        @Schema(description = "Relevance to the participant's work, 1 to 5", example = "4", type = SchemaType.INTEGER,
                minimum = "1", maximum = "5") BigDecimal relevance,
        @NotNull @DecimalMin("1") @DecimalMax("5") @Digits(integer = 1, fraction = 0)
        @Schema(description = "Facilities (room, equipment, platform), 1 to 5", example = "3",
                type = SchemaType.INTEGER, minimum = "1", maximum = "5") BigDecimal facilities,
        @Size(max = ReactionRequest.COMMENT_MAX) @Schema(description = "Optional, at most 2000 characters",
                nullable = true, example = "Simulasi presentasi sangat membantu; waktu praktik kurang.")
        String comment) {

    static final int COMMENT_MAX = 2000;

    ReactionEvaluation.Scores scores() {
        return new ReactionEvaluation.Scores(content.intValueExact(), trainer.intValueExact(),
                relevance.intValueExact(), facilities.intValueExact());
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
