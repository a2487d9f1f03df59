package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.StandardImportLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a standards import: one competency one position requires (a CSV row has the same columns). */
@Schema(name = "PositionStandardImportLine")
public record StandardImportLineRequest(
        @NotBlank @Pattern(regexp = PositionStandardResource.CODE) @Schema(example = "PENGADMINISTRASI-LAYANAN")
        String positionCode,
        @Size(max = 200) @Schema(description = "Needed on at least one row of a position that has no standard yet;"
                + " rows that give it must agree", example = "Pengadministrasi Layanan Kependudukan", nullable = true)
        String positionName,
        @NotBlank @Pattern(regexp = PositionStandardResource.CODE) @Schema(description = "Must be in the competency"
                + " dictionary and active, once per position", example = "PELAYANAN-PRIMA") String competencyCode,
        @NotNull @Min(1) @Max(5) @Schema(description = "Minimum proficiency level, 1 to 5", example = "3")
        Integer minLevel) implements StandardImportLine {
}
