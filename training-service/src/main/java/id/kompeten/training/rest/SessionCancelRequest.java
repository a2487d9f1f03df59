package id.kompeten.training.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/sessions/{id}/cancel. */
@Schema(name = "SessionCancel")
public record SessionCancelRequest(
        @NotBlank @Size(max = 500) @Schema(description = "Why, as participants will be told",
                example = "Trainer unavailable; participants moved to the March session") String reason) {

    public String cleanReason() {
        return reason.strip();
    }
}
