package id.kompeten.enrollment.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's reason for completing or failing an enrollment by hand. */
@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @NotBlank @Size(max = 500) @Schema(description = "Why the enrollment is decided by hand; kept with the decision",
                example = "Attended the make-up day on 2027-02-15 and passed the repeated post-test") String reason) {
}
