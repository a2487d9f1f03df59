package id.kompeten.training.rest;

import id.kompeten.contracts.catalog.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A name in Indonesian and English; both are required because the UI shows either. */
@Schema(name = "Names", description = "A name in Indonesian (id) and English (en)")
public record NamesDto(
        @NotBlank @Size(max = 200) @Schema(description = "Indonesian", example = "Pelayanan Prima") String id,
        @NotBlank @Size(max = 200) @Schema(description = "English", example = "Excellent Public Service") String en) {

    public LocalizedText toText() {
        return new LocalizedText(id.strip(), en.strip());
    }

    public static NamesDto of(LocalizedText text) {
        return new NamesDto(text.id(), text.en());
    }
}
