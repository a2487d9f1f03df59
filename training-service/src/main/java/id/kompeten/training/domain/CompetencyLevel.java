package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.LevelDescriptor;
import id.kompeten.contracts.catalog.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A row of competency_level: what one proficiency level (1 to 5) of a competency means. */
@Embeddable
public class CompetencyLevel {

    @Column(nullable = false)
    private int level;

    @Column(name = "description_id", nullable = false)
    private String descriptionId;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    protected CompetencyLevel() {
    }

    CompetencyLevel(LevelDescriptor descriptor) {
        this.level = descriptor.level();
        this.descriptionId = descriptor.description().id();
        this.descriptionEn = descriptor.description().en();
    }

    public int level() {
        return level;
    }

    public LocalizedText description() {
        return new LocalizedText(descriptionId, descriptionEn);
    }

    public LevelDescriptor descriptor() {
        return new LevelDescriptor(level, description());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompetencyLevel that && level == that.level
                && Objects.equals(descriptionId, that.descriptionId) && Objects.equals(descriptionEn, that.descriptionEn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, descriptionId, descriptionEn);
    }
}
