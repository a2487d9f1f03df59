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
import org.hibernate.annotations.BatchSize;

/**
 * A service unit (unit layanan): a counter, office or clinic that serves citizens and is surveyed (SKM). It belongs to
 * an organisational unit (its parent, the {@code unitCode} staff carry), whose admin and supervisors read its figures.
 */
@Entity
@Table(name = "service_unit")
public class ServiceUnit {

    @Id
    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String agency;

    @Column(name = "parent_unit_code", nullable = false)
    private String parentUnitCode;

    private String region;

    /** In the order given. */
    @ElementCollection
    @CollectionTable(name = "service_unit_service_type", joinColumns = @JoinColumn(name = "service_unit_code"))
    @OrderColumn(name = "position")
    @Column(name = "service_type", nullable = false)
    @BatchSize(size = 50)
    private List<String> serviceTypes = new ArrayList<>();

    /** Catalogue competency codes, in the order given. */
    @ElementCollection
    @CollectionTable(name = "service_unit_competency", joinColumns = @JoinColumn(name = "service_unit_code"))
    @OrderColumn(name = "position")
    @Column(name = "competency_code", nullable = false)
    @BatchSize(size = 50)
    private List<String> keyCompetencies = new ArrayList<>();

    @Column(name = "front_line_staff", nullable = false)
    private int frontLineStaff;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected ServiceUnit() {
    }

    public ServiceUnit(String code, Details details, Instant now, String by) {
        this.code = code;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        apply(details, createdAt, by);
    }

    /** What a client sets of a unit (everything but its code). */
    public record Details(String name, String agency, String parentUnitCode, String region, List<String> serviceTypes,
            List<String> keyCompetencies, int frontLineStaff) {
    }

    /** Replaces everything but the code; false (nothing changes, not even the version) when it is all the same. */
    public boolean replace(Details details, Instant now, String by) {
        if (details().equals(details)) {
            return false;
        }
        apply(details, now.truncatedTo(ChronoUnit.MICROS), by);
        return true;
    }

    private void apply(Details details, Instant at, String by) {
        this.name = details.name();
        this.agency = details.agency();
        this.parentUnitCode = details.parentUnitCode();
        this.region = details.region();
        // New collections: Hibernate then rewrites the unit's rows, and the version grows with the change.
        this.serviceTypes = new ArrayList<>(details.serviceTypes());
        this.keyCompetencies = new ArrayList<>(details.keyCompetencies());
        this.frontLineStaff = details.frontLineStaff();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Details details() {
        return new Details(name, agency, parentUnitCode, region, List.copyOf(serviceTypes),
                List.copyOf(keyCompetencies), frontLineStaff);
    }

    public String code() {
        return code;
    }

    public String parentUnitCode() {
        return parentUnitCode;
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
