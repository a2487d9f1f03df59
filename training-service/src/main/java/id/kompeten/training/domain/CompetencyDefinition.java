package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.contracts.catalog.LevelDescriptor;
import id.kompeten.contracts.catalog.LocalizedText;
import java.util.List;

/**
 * What a catalogue manager decides about a competency (its code aside, which never changes).
 *
 * @param levels what each proficiency level means, every level once; null when not given (a new competency then has
 *               none yet, a changed one keeps its own)
 */
public record CompetencyDefinition(LocalizedText name, CompetencyType type, String description,
        List<LevelDescriptor> levels) {

    public CompetencyDefinition {
        levels = levels == null ? null : List.copyOf(levels);
    }
}
