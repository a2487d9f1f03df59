package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.CompetencyProfileService.ManualInput;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompetencyLevelUpdate", description = "A level entered by hand (source MANUAL)")
public record ManualLevelRequest(
        @NotNull @Min(1) @Max(5) @Schema(description = "The level, 1-5; may be lower than the current one",
                example = "2", minimum = "1", maximum = "5") Integer level,
        @NotBlank @Size(max = 1000) @Schema(description = "Why, and where the level comes from",
                example = "Sertifikat Diklat SIAK 2019 dari Dinas Dukcapil Provinsi Sumatera Utara") String reason,
        @Schema(description = "The day the level counts from; not after today; default today (agency zone)",
                example = "2019-08-15") LocalDate obtainedOn) {

    ManualInput toInput() {
        return new ManualInput(level, reason.strip(), obtainedOn);
    }
}
