package id.kompeten.training.rest;

import id.kompeten.platform.api.Versioned;
import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.training.service.CompetencyDetails;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A competency as the API shows it. */
@Schema(name = "Competency")
public record CompetencyView(
        @Schema(example = "PELAYANAN-PRIMA") String code,
        NamesDto name,
        CompetencyType type,
        @Schema(nullable = true) String description,
        @Schema(description = "What each proficiency level 1 to 5 means, in level order; empty until described")
        List<LevelDto> levels,
        @Schema(description = "False once deactivated: kept for existing courses, not offered for new ones") boolean active,
        @Schema(description = "Entity version; also sent as the ETag") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    public static CompetencyView of(CompetencyDetails competency) {
        return new CompetencyView(competency.code(), NamesDto.of(competency.name()), competency.type(),
                competency.description(), competency.levels().stream().map(LevelDto::of).toList(), competency.active(),
                competency.version(), competency.createdAt(), competency.updatedAt());
    }
}
