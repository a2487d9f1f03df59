package id.kompeten.evaluation.service;

import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.CompetencyReplica;
import id.kompeten.platform.error.ApiProblem.FieldError;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The competencies a standard names, as this service's catalogue replica holds them (one query): a standard may name
 * only competencies the dictionary has and has not deactivated.
 */
final class CompetencyReferences {

    private final Map<String, CompetencyReplica> known;

    private CompetencyReferences(Map<String, CompetencyReplica> known) {
        this.known = known;
    }

    static CompetencyReferences load(CatalogReplica catalog, Collection<String> codes) {
        return new CompetencyReferences(catalog.competencies(codes));
    }

    /** Why {@code code} may not be required (unknown, deactivated), as an error of {@code field}; empty when it may. */
    Optional<FieldError> fault(String field, String code) {
        CompetencyReplica competency = known.get(code);
        if (competency == null) {
            return Optional.of(new FieldError(field, "validation.standard.competency.unknown", code));
        }
        if (!competency.active()) {
            return Optional.of(new FieldError(field, "validation.standard.competency.inactive", code));
        }
        return Optional.empty();
    }
}
