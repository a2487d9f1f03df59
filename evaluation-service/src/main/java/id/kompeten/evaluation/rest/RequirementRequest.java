package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.StandardRequirement;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A competency a position requires and the minimum level. */
@Schema(name = "StandardRequirementRequest")
public record RequirementRequest(
        @NotBlank @Pattern(regexp = PositionStandardResource.CODE) @Schema(description = "Competency code; must be in"
                + " the competency dictionary and active", example = "PELAYANAN-PRIMA") String competencyCode,
        @NotNull @Min(1) @Max(5) @Schema(description = "Minimum proficiency level, 1 to 5", example = "3")
        Integer minLevel) {

    StandardRequirement toRequirement() {
        return new StandardRequirement(competencyCode, minLevel);
    }
}
