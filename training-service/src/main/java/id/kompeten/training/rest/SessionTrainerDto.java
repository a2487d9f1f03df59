package id.kompeten.training.rest;

import id.kompeten.training.domain.SessionTrainer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A trainer (widyaiswara, lecturer, facilitator) of a session. */
@Schema(name = "SessionTrainer")
public record SessionTrainerDto(
        @NotBlank @Size(max = 200) @Schema(example = "Dr. Rina Siregar") String name,
        @Size(max = 200) @Schema(example = "Universitas Sumatera Utara", nullable = true) String institution) {

    SessionTrainer toTrainer() {
        return new SessionTrainer(name.strip(), SessionRequest.clean(institution));
    }

    static SessionTrainerDto of(SessionTrainer trainer) {
        return new SessionTrainerDto(trainer.name(), trainer.institution());
    }
}
