package id.kompeten.catalogreplica;

import id.kompeten.platform.persistence.ReplicatedRow;
import id.kompeten.contracts.catalog.ProviderSnapshot;
import id.kompeten.contracts.catalog.ProviderType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** This service's read copy of a training provider (what certificates and exports name as the organiser). */
@Entity
@Table(name = "provider_replica")
public class ProviderReplica extends ReplicatedRow {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProviderType type;

    @Column(nullable = false)
    private boolean active;

    protected ProviderReplica() {
    }

    public ProviderReplica(ProviderSnapshot snapshot, Instant now) {
        this.id = snapshot.id();
        copy(snapshot, now);
    }

    /** Takes the snapshot if it is newer than what is held; returns whether it did. */
    boolean refresh(ProviderSnapshot snapshot, Instant now) {
        if (!isNewer(snapshot.version())) {
            return false;
        }
        copy(snapshot, now);
        return true;
    }

    private void copy(ProviderSnapshot snapshot, Instant now) {
        name = snapshot.name();
        type = snapshot.type();
        active = snapshot.active();
        stamp(snapshot.version(), snapshot.updatedAt(), now);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ProviderType type() {
        return type;
    }

    public boolean active() {
        return active;
    }
}
