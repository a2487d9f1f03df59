package id.kompeten.training.rest;

import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.training.domain.CompetencyDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of PUT /api/v1/competencies/{code}: the full editable state (the code never changes). Level descriptions, once
 * given, are replaced but never removed, so a body without {@code levels} keeps the current ones.
 */
@Schema(name = "CompetencyUpdate")
public record CompetencyUpdateRequest(
        @NotNull @Valid NamesDto name,
        @NotNull @Schema(example = "TEKNIS") CompetencyType type,
        @Size(max = 2000) String description,
        @Schema(description = "Optional. Replaces what each proficiency level means: exactly one entry for each"
                + " level 1 to 5, in any order. Omitted: the current descriptions stay") List<@NotNull @Valid LevelDto> levels) {

    /** The values asked for, texts stripped; only for a body that passed validation. */
    public CompetencyDefinition toDefinition() {
        return CompetencyRequest.definition(name, type, description, levels);
    }
}
