package id.kompeten.training.rest;

import id.kompeten.contracts.catalog.LevelDescriptor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One proficiency level of a competency and what it means. */
@Schema(name = "LevelDescriptor", description = "What one proficiency level (1 basic awareness ... 5 expert) means")
public record LevelDto(
        @NotNull @Min(1) @Max(5) @Schema(description = "Proficiency level, 1 to 5", example = "3") Integer level,
        @NotNull @Valid LevelDescriptionDto description) {

    public LevelDescriptor toDescriptor() {
        return new LevelDescriptor(level, description.toText());
    }

    public static LevelDto of(LevelDescriptor descriptor) {
        return new LevelDto(descriptor.level(), LevelDescriptionDto.of(descriptor.description()));
    }
}
