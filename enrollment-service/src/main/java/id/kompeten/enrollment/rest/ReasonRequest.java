package id.kompeten.enrollment.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a rejection: the reason is required. */
@Schema(name = "RejectionRequest")
public record ReasonRequest(
        @NotBlank @Size(max = 1000) @Schema(description = "Why the supervisor rejects it",
                example = "Pelayanan KTP-el tidak dapat ditinggalkan bulan ini") String reason) {
}
