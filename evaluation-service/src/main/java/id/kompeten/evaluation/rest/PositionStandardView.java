package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.PositionStandardDetails;
import id.kompeten.platform.api.Versioned;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A position's competency standard as the API shows it. */
@Schema(name = "PositionStandard")
public record PositionStandardView(
        @Schema(example = "PENGADMINISTRASI-LAYANAN") String positionCode,
        @Schema(example = "Pengadministrasi Layanan Kependudukan") String positionName,
        @Schema(description = "The required competencies, by code") List<Requirement> requirements,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The token subject of the last change", example = "admin-sibolga") String updatedBy,
        @Schema(description = "Entity version; also sent as the ETag") long version) implements Versioned {

    @Schema(name = "PositionStandardRequirement")
    public record Requirement(
            @Schema(example = "PELAYANAN-PRIMA") String competencyCode,
            @Schema(description = "Null while this service's copy of the catalogue lacks the competency",
                    nullable = true) CompetencyNameView competencyName,
            @Schema(description = "False once the dictionary deactivated the competency (the standard keeps it until"
                    + " replaced); null as competencyName", nullable = true) Boolean active,
            @Schema(description = "Minimum proficiency level, 1 to 5", example = "3") int minLevel) {
    }

    static PositionStandardView of(PositionStandardDetails standard) {
        return new PositionStandardView(standard.positionCode(), standard.positionName(),
                standard.requirements().stream().map(requirement -> new Requirement(requirement.competencyCode(),
                        CompetencyNameView.of(requirement.nameId(), requirement.nameEn()), requirement.active(),
                        requirement.minLevel()))
                        .toList(),
                standard.createdAt(), standard.updatedAt(), standard.updatedBy(), standard.version());
    }
}
