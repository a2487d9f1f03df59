package id.kompeten.evaluation.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CompetencyLevelRepository implements PanacheRepositoryBase<CompetencyLevel, CompetencyLevel.Key> {

    /** The line, locked until the transaction ends (native plain {@code FOR UPDATE}, as MariaDB needs). */
    public Optional<CompetencyLevel> findForUpdate(String nip, String competencyCode) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM competency_level WHERE nip = ?1 AND competency_code = ?2 FOR UPDATE",
                        CompetencyLevel.class)
                .setParameter(1, nip)
                .setParameter(2, competencyCode)
                .getResultStream()
                .map(CompetencyLevel.class::cast)
                .findFirst();
    }

    /** The level of a line {@link #lockOrCreate} has just created: no real line ever has it (levels are 1-5). */
    public static final int NEW_LINE = 0;

    /**
     * The line, locked until the transaction ends; created first, empty (level {@link #NEW_LINE}), when the person has
     * none, and the caller then gives it its real level in the same transaction.
     * <p>
     * Why not look first and insert when absent: a locking read of a missing row takes a gap lock in REPEATABLE READ,
     * and two transactions holding one gap (the same line, or two people's neighbouring lines) deadlock when both
     * insert. {@code INSERT ... ON DUPLICATE KEY UPDATE} instead takes an exclusive lock on the existing row, or
     * inserts; a second transaction creating the same line waits for the first to commit and then finds its line. So
     * concurrent first changes of one line, on any number of instances, take turns and none fails.
     */
    public CompetencyLevel lockOrCreate(String nip, String competencyCode, Instant now) {
        getEntityManager()
                .createNativeQuery("INSERT INTO competency_level (nip, competency_code, level, source, source_reference,"
                        + " obtained_on, updated_at, version) VALUES (?1, ?2, ?3, 'COURSE', '', ?4, ?5, 0)"
                        + " ON DUPLICATE KEY UPDATE nip = nip")
                .setParameter(1, nip)
                .setParameter(2, competencyCode)
                .setParameter(3, NEW_LINE)
                .setParameter(4, LocalDate.EPOCH)
                .setParameter(5, now.truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
        return findForUpdate(nip, competencyCode)
                .orElseThrow(() -> new IllegalStateException("competency_level " + nip + "/" + competencyCode
                        + " vanished under its lock"));
    }

    /** A person's profile, by competency code. */
    public List<CompetencyLevel> ofEmployee(String nip) {
        return list("nip = ?1 order by competencyCode", nip);
    }

    /** The profiles of several people (e.g. a unit's staff), in one query. */
    public List<CompetencyLevel> ofEmployees(Collection<String> nips) {
        return nips.isEmpty() ? List.of() : list("nip in ?1 order by nip, competencyCode", nips);
    }
}
