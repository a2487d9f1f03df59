package id.kompeten.training.rest;

import id.kompeten.contracts.catalog.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a proficiency level means, in Indonesian and English; both are required because the UI shows either. */
@Schema(name = "LevelDescription", description = "A level description in Indonesian (id) and English (en)")
public record LevelDescriptionDto(
        @NotBlank @Size(max = 500) @Schema(description = "Indonesian",
                example = "Menerapkan standar pelayanan secara mandiri") String id,
        @NotBlank @Size(max = 500) @Schema(description = "English",
                example = "Applies the service standard independently") String en) {

    public LocalizedText toText() {
        return new LocalizedText(id.strip(), en.strip());
    }

    public static LevelDescriptionDto of(LocalizedText text) {
        return new LevelDescriptionDto(text.id(), text.en());
    }
}
