package id.kompeten.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An agency's own SKM element → competency map (see {@link SkmCompetencyMapping}), replacing the defaults for its
 * service units. Replaced as a whole; deleting it brings the defaults back.
 */
@Entity
@Table(name = "skm_competency_map")
public class SkmCompetencyMap {

    @Id
    @Column(name = "agency", nullable = false, updatable = false)
    private String agency;

    /** Elements in the regulation's order, each element's competencies as given. */
    @ElementCollection
    @CollectionTable(name = "skm_competency_map_line", joinColumns = @JoinColumn(name = "agency"))
    @OrderColumn(name = "position")
    private List<SkmCompetencyLine> lines = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The token subject of the last change. */
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected SkmCompetencyMap() {
    }

    public SkmCompetencyMap(String agency, SkmCompetencyMapping mapping, Instant now, String by) {
        this.agency = agency;
        this.lines = new ArrayList<>(mapping.lines());
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
        this.updatedBy = by;
    }

    /** Replaces the lines; false (nothing changes, not even the version) when the map is the same. */
    public boolean replace(SkmCompetencyMapping mapping, Instant now, String by) {
        if (mapping().equals(mapping)) {
            return false;
        }
        // A new collection: Hibernate rewrites the agency's rows, and the version grows with the change.
        this.lines = new ArrayList<>(mapping.lines());
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedBy = by;
        return true;
    }

    public SkmCompetencyMapping mapping() {
        return SkmCompetencyMapping.of(lines);
    }

    public String agency() {
        return agency;
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
