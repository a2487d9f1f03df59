package id.kompeten.catalogreplica;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Session look-ups; every read loads the session's days with it, so callers get complete rows. */
@ApplicationScoped
public class SessionReplicaRepository implements PanacheRepositoryBase<SessionReplica, String> {

    /**
     * The row, locked until the transaction ends. A native plain {@code FOR UPDATE}: Hibernate's MySQL dialect writes
     * {@code FOR UPDATE OF <alias>}, which MariaDB (tests, local run) does not understand.
     */
    public Optional<SessionReplica> findForUpdate(String id) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM session_replica WHERE id = ?1 FOR UPDATE", SessionReplica.class)
                .setParameter(1, id)
                .getResultStream()
                .map(SessionReplica.class::cast)
                .findFirst();
    }

    /** The session with this code (the catalogue keeps codes unique), with its days. */
    public Optional<SessionReplica> findByCodeWithDays(String code) {
        return find("select s from SessionReplica s left join fetch s.days where s.code = ?1", code)
                .singleResultOptional();
    }

    public Optional<SessionReplica> findWithDays(String id) {
        return find("select s from SessionReplica s left join fetch s.days where s.id = ?1", id).singleResultOptional();
    }

    /** Those of these sessions the replica holds, in no particular order. */
    public List<SessionReplica> findByIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of()
                : list("select s from SessionReplica s left join fetch s.days where s.id in ?1", ids);
    }

    /** The course's sessions by start date (ix_session_replica_course), whatever their status. */
    public List<SessionReplica> ofCourse(String courseId) {
        return list("select s from SessionReplica s left join fetch s.days where s.courseId = ?1"
                + " order by s.startDate, s.id", courseId);
    }
}
