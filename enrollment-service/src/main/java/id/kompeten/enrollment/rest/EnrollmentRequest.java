package id.kompeten.enrollment.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /enrollments: who, in which session. */
@Schema(name = "EnrollmentRequest")
public record EnrollmentRequest(
        @NotBlank @Size(max = Texts.NUMBER_MAX) @Schema(description = "NIP or NI PPPK of the participant",
                example = "198703122010011004") String nip,
        @NotBlank @Size(max = 36) @Schema(description = "The catalogue's session id",
                example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String sessionId) {
}
