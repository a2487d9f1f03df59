package id.kompeten.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * The competency standard of a position (standar kompetensi jabatan): the competencies a holder of the position needs
 * and the minimum level of each. Agency-wide, keyed by the position code employees carry; replaced as a whole.
 */
@Entity
@Table(name = "position_standard")
public class PositionStandard {

    @Id
    @Column(name = "position_code", nullable = false, updatable = false)
    private String positionCode;

    @Column(name = "position_name", nullable = false)
    private String positionName;

    /** Replaced as a whole (see {@link #replace}); by competency code. */
    @ElementCollection
    @CollectionTable(name = "position_standard_requirement", joinColumns = @JoinColumn(name = "position_code"))
    @OrderBy("competencyCode")
    @BatchSize(size = 50) // a page of the position list loads its requirements in one query, not one per row
    private List<StandardRequirement> requirements = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The token subject of the last change. */
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected PositionStandard() {
    }

    public PositionStandard(String positionCode, String positionName, List<StandardRequirement> requirements,
            Instant now, String by) {
        this.positionCode = positionCode;
        this.positionName = positionName;
        this.requirements = sorted(requirements);
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
        this.updatedBy = by;
    }

    /**
     * Replaces the name and the requirements; false (and nothing changes, not even the version) when both are what
     * the standard already holds, whatever the order the requirements are given in.
     */
    public boolean replace(String positionName, List<StandardRequirement> requirements, Instant now, String by) {
        if (this.positionName.equals(positionName)
                && new HashSet<>(this.requirements).equals(new HashSet<>(requirements))
                && this.requirements.size() == requirements.size()) {
            return false;
        }
        this.positionName = positionName;
        // A new collection rather than clear()/addAll(): Hibernate then deletes the standard's rows by its code and
        // inserts the new ones, and the version grows with the change.
        this.requirements = sorted(requirements);
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedBy = by;
        return true;
    }

    private static List<StandardRequirement> sorted(List<StandardRequirement> requirements) {
        List<StandardRequirement> copy = new ArrayList<>(requirements);
        copy.sort(Comparator.comparing(StandardRequirement::competencyCode));
        return copy;
    }

    public String positionCode() {
        return positionCode;
    }

    public String positionName() {
        return positionName;
    }

    /** By competency code. */
    public List<StandardRequirement> requirements() {
        return List.copyOf(requirements);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
