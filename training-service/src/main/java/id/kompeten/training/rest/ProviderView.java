package id.kompeten.training.rest;

import id.kompeten.platform.api.Versioned;
import id.kompeten.contracts.catalog.ProviderType;
import id.kompeten.training.service.ProviderDetails;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider as the API shows it. */
@Schema(name = "Provider")
public record ProviderView(
        @Schema(description = "Assigned by the service", example = "6f1c2a7e-3b9d-4c55-9a51-0d2b8e7f4c11") String id,
        ProviderType type,
        @Schema(example = "Universitas Sumatera Utara") String name,
        @Schema(description = "Address and website are public; the contact person, email and phone are personal data,"
                + " shown to CATALOG_MANAGER, ADMIN, UNIT_ADMIN and INTEGRATION only (null for anyone else)")
        ProviderContactDto contact,
        ProviderAccreditationDto accreditation,
        @Schema(description = "False once deactivated: kept for existing courses, not offered for new ones") boolean active,
        @Schema(description = "Entity version; also sent as the ETag") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    public static ProviderView of(ProviderDetails provider) {
        return new ProviderView(provider.id(), provider.type(), provider.name(), ProviderContactDto.of(provider.contact()),
                ProviderAccreditationDto.of(provider.accreditation()), provider.active(), provider.version(),
                provider.createdAt(), provider.updatedAt());
    }
}
