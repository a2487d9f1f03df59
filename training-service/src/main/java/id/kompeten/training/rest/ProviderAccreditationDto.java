package id.kompeten.training.rest;

import id.kompeten.contracts.catalog.AccreditationStatus;
import id.kompeten.contracts.catalog.ProviderSnapshot.Accreditation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider's accreditation: status, who granted it, and the last day it is valid. */
@Schema(name = "ProviderAccreditation", description = "Only ACCREDITED providers, on or before validUntil, may run"
        + " published courses")
public record ProviderAccreditationDto(
        @NotNull @Schema(example = "ACCREDITED") AccreditationStatus status,
        @Size(max = 200)
        @Schema(description = "Who granted it", example = "Lembaga Administrasi Negara", nullable = true) String body,
        @Schema(description = "Last day the accreditation is valid; null: no end date", example = "2028-12-31",
                nullable = true) LocalDate validUntil) {

    public Accreditation toAccreditation() {
        return new Accreditation(status, ProviderContactDto.clean(body), validUntil);
    }

    public static ProviderAccreditationDto of(Accreditation accreditation) {
        return new ProviderAccreditationDto(accreditation.status(), accreditation.body(), accreditation.validUntil());
    }
}
