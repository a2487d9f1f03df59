package id.kompeten.training.rest;

import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.training.domain.CompetencyDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/competencies. */
@Schema(name = "CompetencyCreate")
public record CompetencyRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{1,49}")
        @Schema(description = "Stable code, upper case letters, digits, '.', '_' or '-', 2 to 50 characters",
                example = "PELAYANAN-PRIMA") String code,
        @NotNull @Valid NamesDto name,
        @NotNull @Schema(example = "TEKNIS") CompetencyType type,
        @Size(max = 2000) @Schema(example = "Serves citizens promptly, courteously and according to the service standard.")
        String description,
        @Schema(description = "Optional. What each proficiency level means: when given, exactly one entry for"
                + " each level 1 to 5, in any order") List<@NotNull @Valid LevelDto> levels) {

    /** The values asked for, texts stripped; only for a body that passed validation. */
    public CompetencyDefinition toDefinition() {
        return definition(name, type, description, levels);
    }

    /** A competency's definition from the fields of a create or an update body. */
    static CompetencyDefinition definition(NamesDto name, CompetencyType type, String description,
            List<LevelDto> levels) {
        return new CompetencyDefinition(name.toText(), type,
                description == null || description.isBlank() ? null : description.strip(),
                levels == null ? null : levels.stream().map(LevelDto::toDescriptor).toList());
    }
}
