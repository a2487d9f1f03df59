package id.kompeten.enrollment.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a withdrawal (optional): the reason, if the participant gives one. */
@Schema(name = "WithdrawalRequest")
public record WithdrawalRequest(
        @Size(max = 1000) @Schema(description = "Why the participant withdraws", nullable = true,
                example = "Bentrok dengan tugas luar kota") String reason) {
}
