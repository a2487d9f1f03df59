package id.kompeten.contracts.catalog;

import java.time.Instant;

/**
 * A competency as it stands after a change. {@code version} grows with every change, so a consumer that sees an older
 * version than it holds (out-of-order delivery) keeps what it has.
 */
public record CompetencySnapshot(
        String code,
        LocalizedText name,
        CompetencyType type,
        String description,
        boolean active,
        long version,
        Instant updatedAt) {
}
