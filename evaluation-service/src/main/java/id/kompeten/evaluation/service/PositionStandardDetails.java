package id.kompeten.evaluation.service;

import id.kompeten.catalogreplica.CompetencyReplica;
import id.kompeten.evaluation.domain.PositionStandard;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A position's standard as the API shows it, with the competencies' names from the catalogue replica. */
public record PositionStandardDetails(String positionCode, String positionName, List<Requirement> requirements,
        Instant createdAt, Instant updatedAt, String updatedBy, long version) {

    /** A required competency; the names are null when the replica does not hold it (e.g. during a rebuild). */
    public record Requirement(String competencyCode, String nameId, String nameEn, Boolean active, int minLevel) {
    }

    static PositionStandardDetails of(PositionStandard standard, Map<String, CompetencyReplica> competencies) {
        return new PositionStandardDetails(standard.positionCode(), standard.positionName(),
                standard.requirements().stream().map(requirement -> {
                    CompetencyReplica competency = competencies.get(requirement.competencyCode());
                    return new Requirement(requirement.competencyCode(),
                            competency == null ? null : competency.nameId(),
                            competency == null ? null : competency.nameEn(),
                            competency == null ? null : competency.active(), requirement.minLevel());
                }).toList(),
                standard.createdAt(), standard.updatedAt(), standard.updatedBy(), standard.version());
    }
}
