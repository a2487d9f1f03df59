package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.CompetencySnapshot;
import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.contracts.catalog.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/** An entry of the competency dictionary, identified by its code. */
@Entity
@Table(name = "competency")
public class Competency {

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

    public Competency(String code, LocalizedText name, CompetencyType type, String description, Instant now) {
        this.code = code;
        this.active = true;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        change(name, type, description, now);
    }

    /** Replaces the editable fields; returns false (and touches nothing) when they already hold these values. */
    public boolean change(LocalizedText name, CompetencyType type, String description, Instant now) {
        if (name.equals(name()) && type == this.type && Objects.equals(description, this.description)) {
            return false;
        }
        this.nameId = name.id();
        this.nameEn = name.en();
        this.type = type;
        this.description = description;
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    /** The full state for events; call after flushing, so the version is the one stored. */
    public CompetencySnapshot snapshot() {
        return new CompetencySnapshot(code, name(), type, description, List.of(), active, version, updatedAt);
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
