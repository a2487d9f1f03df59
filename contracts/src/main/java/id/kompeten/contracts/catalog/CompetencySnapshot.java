package id.kompeten.contracts.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A competency as it stands after a change. {@code version} grows with every change, so a consumer that sees an older
 * version than it holds (out-of-order delivery) keeps what it has.
 *
 * @param levels one descriptor per proficiency level 1 to 5, in order (empty until the dictionary describes them)
 */
public record CompetencySnapshot(
        String code,
        LocalizedText name,
        CompetencyType type,
        String description,
        List<LevelDescriptor> levels,
        boolean active,
        long version,
        Instant updatedAt) {
}
