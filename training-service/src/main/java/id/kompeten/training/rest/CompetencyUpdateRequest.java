package id.kompeten.training.rest;

import id.kompeten.contracts.catalog.CompetencyType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of PUT /api/v1/competencies/{code}: the full editable state (the code never changes). */
@Schema(name = "CompetencyUpdate")
public record CompetencyUpdateRequest(
        @NotNull @Valid NamesDto name,
        @NotNull @Schema(example = "TEKNIS") CompetencyType type,
        @Size(max = 2000) String description) {
}
