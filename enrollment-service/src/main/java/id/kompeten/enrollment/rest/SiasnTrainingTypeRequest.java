package id.kompeten.enrollment.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SiasnTrainingTypeRequest", description = "The SIASN training type a kind of course is exported with")
public record SiasnTrainingTypeRequest(
        @NotNull @Pattern(regexp = "[0-9]{1,10}")
        @Schema(description = "SIASN's reference id (jenisDiklatId), digits", example = "3", pattern = "[0-9]{1,10}")
        String jenisDiklatId,
        @NotBlank @Size(max = 100)
        @Schema(description = "Its name in SIASN", example = "Diklat Teknis", maxLength = 100)
        String jenisDiklatName) {
}
