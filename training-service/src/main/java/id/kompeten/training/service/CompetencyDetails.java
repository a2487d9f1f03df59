package id.kompeten.training.service;

import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.contracts.catalog.LevelDescriptor;
import id.kompeten.contracts.catalog.LocalizedText;
import id.kompeten.training.domain.Competency;
import java.time.Instant;
import java.util.List;

/** A competency as read: plain values, complete before the transaction ends. */
public record CompetencyDetails(String code, LocalizedText name, CompetencyType type, String description,
        List<LevelDescriptor> levels, boolean active, long version, Instant createdAt, Instant updatedAt) {

    static CompetencyDetails of(Competency competency) {
        return new CompetencyDetails(competency.code(), competency.name(), competency.type(), competency.description(),
                competency.levels(), competency.active(), competency.version(), competency.createdAt(),
                competency.updatedAt());
    }
}
