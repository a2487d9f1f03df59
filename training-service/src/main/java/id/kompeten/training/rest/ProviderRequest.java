package id.kompeten.training.rest;

import id.kompeten.contracts.catalog.ProviderSnapshot.Contact;
import id.kompeten.contracts.catalog.ProviderType;
import id.kompeten.training.domain.ProviderDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/providers and PUT /api/v1/providers/{id}: the full editable state of a provider. */
@Schema(name = "ProviderInput")
public record ProviderRequest(
        @NotNull @Schema(example = "UNIVERSITY") ProviderType type,
        @NotBlank @Size(max = 200) @Schema(description = "Unique, whatever the letter case",
                example = "Universitas Sumatera Utara") String name,
        @Valid ProviderContactDto contact,
        @NotNull @Valid ProviderAccreditationDto accreditation) {

    public String cleanName() {
        return name.strip();
    }

    public Contact cleanContact() {
        return (contact == null ? ProviderContactDto.NONE : contact).toContact();
    }

    /** The values asked for, texts stripped and blanks absent; only for a body that passed validation. */
    public ProviderDefinition toDefinition() {
        return new ProviderDefinition(type, cleanName(), cleanContact(), accreditation.toAccreditation());
    }
}
