package id.kompeten.enrollment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The SIASN training type (jenis diklat) a kind of course is reported with. One row per {@link SiasnCategory}, seeded
 * with the defaults (3 Diklat Teknis, 5 Pelatihan Manajerial, 6 Pelatihan Sosial Kultural, 9 Seminar, 16 E-Learning);
 * an agency whose SIASN reference differs changes the row.
 */
@Entity
@Table(name = "siasn_training_type")
public class SiasnTrainingType {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SiasnCategory category;

    /** SIASN's reference id, a string there (e.g. "3"). */
    @Column(name = "jenis_diklat_id", nullable = false)
    private String jenisDiklatId;

    @Column(name = "jenis_diklat_name", nullable = false)
    private String jenisDiklatName;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected SiasnTrainingType() {
    }

    /** Points the kind at another SIASN type; false (and nothing touched) when it is the same. */
    public boolean change(String jenisDiklatId, String jenisDiklatName, Instant now, String by) {
        if (jenisDiklatId.equals(this.jenisDiklatId) && jenisDiklatName.equals(this.jenisDiklatName)) {
            return false;
        }
        this.jenisDiklatId = jenisDiklatId;
        this.jenisDiklatName = jenisDiklatName;
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedBy = by;
        return true;
    }

    public SiasnCategory category() {
        return category;
    }

    public String jenisDiklatId() {
        return jenisDiklatId;
    }

    public String jenisDiklatName() {
        return jenisDiklatName;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
