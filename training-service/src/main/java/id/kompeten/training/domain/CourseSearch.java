package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.contracts.catalog.CourseStatus;
import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.contracts.catalog.LearningMethod;
import id.kompeten.contracts.catalog.ProviderType;
import java.util.Set;

/**
 * What a course search asks for ({@link CourseRepository#search}); null (or empty) filters do not narrow it, and all
 * given filters must hold.
 *
 * @param text            words to find in title, description and objectives (MySQL/MariaDB full text, natural
 *                        language mode)
 * @param competencyCodes courses that develop any of these competencies
 * @param competencyType  courses that develop a competency of this type
 * @param statuses        courses in any of these statuses; never empty
 * @param order           null: by relevance when there is a text, else by title
 */
public record CourseSearch(
        String text,
        Set<String> competencyCodes,
        CompetencyType competencyType,
        LearningMethod method,
        DeliveryMode deliveryMode,
        String providerId,
        ProviderType providerType,
        Integer minJp,
        Integer maxJp,
        Set<CourseStatus> statuses,
        Order order) {

    public CourseSearch {
        competencyCodes = competencyCodes == null ? Set.of() : Set.copyOf(competencyCodes);
        statuses = Set.copyOf(statuses);
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("A course search needs at least one status");
        }
    }

    /** The columns a search can be sorted by. */
    public enum SortField {
        TITLE("c.title"),
        CODE("c.code"),
        JP("c.jp"),
        PUBLISHED_AT("c.published_at"),
        UPDATED_AT("c.updated_at");

        private final String column;

        SortField(String column) {
            this.column = column;
        }

        /** The SQL column, a constant: never user input. */
        public String column() {
            return column;
        }
    }

    public record Order(SortField field, boolean descending) {
    }
}
