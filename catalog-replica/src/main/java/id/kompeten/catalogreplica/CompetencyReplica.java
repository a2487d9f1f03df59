package id.kompeten.catalogreplica;

import id.kompeten.platform.persistence.ReplicatedRow;
import id.kompeten.contracts.catalog.CompetencySnapshot;
import id.kompeten.contracts.catalog.CompetencyType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** This service's read copy of a competency from training-service's dictionary. */
@Entity
@Table(name = "competency_replica")
public class CompetencyReplica extends ReplicatedRow {

    @Id
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

    protected CompetencyReplica() {
    }

    public CompetencyReplica(CompetencySnapshot snapshot, Instant now) {
        this.code = snapshot.code();
        copy(snapshot, now);
    }

    /** Takes the snapshot if it is newer than what is held; returns whether it did. */
    boolean refresh(CompetencySnapshot snapshot, Instant now) {
        if (!isNewer(snapshot.version())) {
            return false;
        }
        copy(snapshot, now);
        return true;
    }

    private void copy(CompetencySnapshot snapshot, Instant now) {
        nameId = snapshot.name().id();
        nameEn = snapshot.name().en();
        type = snapshot.type();
        description = snapshot.description();
        active = snapshot.active();
        stamp(snapshot.version(), snapshot.updatedAt(), now);
    }

    public String code() {
        return code;
    }

    public String nameId() {
        return nameId;
    }

    public String nameEn() {
        return nameEn;
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
}
