package id.kompeten.training.service;

import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.contracts.catalog.CourseStatus;
import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.contracts.catalog.LearningMethod;
import id.kompeten.contracts.catalog.ProviderType;
import java.util.Set;

/**
 * What a catalogue course search asks for; null (or empty) filters do not narrow it.
 *
 * @param text     words to find in title, description and objectives
 * @param statuses the statuses asked for; empty: PUBLISHED
 */
public record CourseFilter(String text, Set<String> competencies, CompetencyType competencyType, LearningMethod method,
        DeliveryMode mode, String providerId, ProviderType providerType, Integer minJp, Integer maxJp,
        Set<CourseStatus> statuses) {

    public CourseFilter {
        competencies = competencies == null ? Set.of() : Set.copyOf(competencies);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
