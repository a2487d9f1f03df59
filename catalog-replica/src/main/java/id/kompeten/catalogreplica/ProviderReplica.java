package id.kompeten.catalogreplica;

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
public class ProviderReplica {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProviderType type;

    @Column(nullable = false)
    private boolean active;

    /** The producer's entity version, to ignore snapshots that arrive out of order. */
    @Column(name = "source_version", nullable = false)
    private long sourceVersion;

    @Column(name = "source_updated_at", nullable = false)
    private Instant sourceUpdatedAt;

    @Column(name = "replicated_at", nullable = false)
    private Instant replicatedAt;

    protected ProviderReplica() {
    }

    public ProviderReplica(ProviderSnapshot snapshot, Instant now) {
        this.id = snapshot.id();
        copy(snapshot, now);
    }

    /** Takes the snapshot if it is newer than what is held; returns whether it did. */
    boolean refresh(ProviderSnapshot snapshot, Instant now) {
        if (snapshot.version() <= sourceVersion) {
            return false;
        }
        copy(snapshot, now);
        return true;
    }

    private void copy(ProviderSnapshot snapshot, Instant now) {
        name = snapshot.name();
        type = snapshot.type();
        active = snapshot.active();
        sourceVersion = snapshot.version();
        sourceUpdatedAt = snapshot.updatedAt();
        replicatedAt = now;
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

    public long sourceVersion() {
        return sourceVersion;
    }

    public Instant sourceUpdatedAt() {
        return sourceUpdatedAt;
    }
}
