package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.CompetencySnapshot;
import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.contracts.catalog.LevelDescriptor;
import id.kompeten.contracts.catalog.LocalizedText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * An entry of the competency dictionary, identified by its code. It is deactivated, never deleted: courses and
 * competency profiles keep referring to it.
 */
@Entity
@Table(name = "competency")
public class Competency {

    /** Proficiency levels run from 1 (basic awareness) to 5 (expert, sets standards). */
    public static final int LOWEST_LEVEL = 1;
    public static final int HIGHEST_LEVEL = 5;

    @Id
    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "name_id", nullable = false)
    private String nameId;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CompetencyType type;

    private String description;

    @ElementCollection
    @CollectionTable(name = "competency_level", joinColumns = @JoinColumn(name = "competency_code"))
    @OrderBy("level")
    private List<CompetencyLevel> levels = new ArrayList<>();

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Competency() {
    }

    /** A new, active competency; {@code levels} is empty or describes every level once (see {@link #describesEveryLevelOnce}). */
    public Competency(String code, LocalizedText name, CompetencyType type, String description,
            List<LevelDescriptor> levels, Instant now) {
        this.code = code;
        this.active = true;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        change(name, type, description, levels, now);
    }

    /**
     * True when the descriptors describe each level 1 to 5 exactly once, in any order. The dictionary describes all
     * five or none: a scale with gaps cannot be used to set position standards.
     */
    public static boolean describesEveryLevelOnce(List<LevelDescriptor> levels) {
        return levels.stream().map(LevelDescriptor::level).sorted().toList()
                .equals(IntStream.rangeClosed(LOWEST_LEVEL, HIGHEST_LEVEL).boxed().toList());
    }

    /** Replaces the editable fields; returns false (and touches nothing) when they already hold these values. */
    public boolean change(LocalizedText name, CompetencyType type, String description, List<LevelDescriptor> levels,
            Instant now) {
        if (!levels.isEmpty() && !describesEveryLevelOnce(levels)) {
            throw new IllegalArgumentException("Levels must describe each level 1 to 5 once: " + levels);
        }
        List<LevelDescriptor> ordered = levels.stream().sorted(Comparator.comparingInt(LevelDescriptor::level)).toList();
        if (name.equals(name()) && type == this.type && Objects.equals(description, this.description)
                && ordered.equals(levels())) {
            return false;
        }
        this.nameId = name.id();
        this.nameEn = name.en();
        this.type = type;
        this.description = description;
        if (!ordered.equals(levels())) {
            this.levels.clear();
            ordered.forEach(level -> this.levels.add(new CompetencyLevel(level)));
        }
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    /** Takes the competency out of use for new courses and standards; returns false when it already was. */
    public boolean deactivate(Instant now) {
        return setActive(false, now);
    }

    /** Puts a deactivated competency back into use; returns false when it already was active. */
    public boolean activate(Instant now) {
        return setActive(true, now);
    }

    private boolean setActive(boolean active, Instant now) {
        if (this.active == active) {
            return false;
        }
        this.active = active;
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    /** The full state for events; call after flushing, so the version is the one stored. */
    public CompetencySnapshot snapshot() {
        return new CompetencySnapshot(code, name(), type, description, levels(), active, version, updatedAt);
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return new LocalizedText(nameId, nameEn);
    }

    public CompetencyType type() {
        return type;
    }

    public String description() {
        return description;
    }

    /** What each level 1 to 5 means, in level order; empty while the dictionary does not describe them. */
    public List<LevelDescriptor> levels() {
        return levels.stream().map(CompetencyLevel::descriptor).toList();
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
