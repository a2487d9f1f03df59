package id.kompeten.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every replica row keeps of the snapshot it was taken from: the producer's version (to ignore snapshots that
 * arrive late or twice), the producer's last change and when this service took it.
 */
@MappedSuperclass
public abstract class ReplicatedRow {

    /** The producer's entity version, to ignore snapshots that arrive out of order. */
    @Column(name = "source_version", nullable = false)
    private long sourceVersion;

    @Column(name = "source_updated_at", nullable = false)
    private Instant sourceUpdatedAt;

    @Column(name = "replicated_at", nullable = false)
    private Instant replicatedAt;

    /** Whether a snapshot with this version is newer than the one held (an equal version is the same snapshot). */
    public final boolean isNewer(long version) {
        return version > sourceVersion;
    }

    /** Records which snapshot the row now holds. */
    public final void stamp(long version, Instant updatedAt, Instant now) {
        sourceVersion = version;
        sourceUpdatedAt = updatedAt;
        replicatedAt = now;
    }

    public long sourceVersion() {
        return sourceVersion;
    }

    public Instant sourceUpdatedAt() {
        return sourceUpdatedAt;
    }
}
