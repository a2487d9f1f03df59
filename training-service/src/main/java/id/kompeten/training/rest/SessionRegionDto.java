package id.kompeten.training.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kabupaten/kota a session takes place in (or is organised for, when online). */
@Schema(name = "SessionRegion", description = "Kabupaten/kota: Kemendagri code and name")
public record SessionRegionDto(
        @NotNull @Pattern(regexp = CODE) @Schema(description = "Kabupaten/kota code, two digits for the province, a dot,"
                + " two digits for the kabupaten/kota", pattern = CODE, example = "12.73") String code,
        @NotBlank @Size(max = 100) @Schema(example = "Kota Sibolga") String name) {

    static final String CODE = "\\d{2}\\.\\d{2}";
}
