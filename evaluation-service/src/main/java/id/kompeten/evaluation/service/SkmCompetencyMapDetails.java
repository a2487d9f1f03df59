package id.kompeten.evaluation.service;

import id.kompeten.catalogreplica.CompetencyReplica;
import id.kompeten.evaluation.domain.SkmCompetencyMapping;
import id.kompeten.evaluation.domain.SkmMapSource;
import java.time.Instant;
import java.util.Map;

/**
 * The SKM element → competency map an agency's recommendations use: its own ({@code version} and who changed it
 * when) or the defaults (those null), with the competencies' names the catalogue replica holds.
 */
public record SkmCompetencyMapDetails(String agency, SkmMapSource source, SkmCompetencyMapping mapping,
        Long version, Instant updatedAt, String updatedBy, Map<String, CompetencyReplica> competencies) {
}
