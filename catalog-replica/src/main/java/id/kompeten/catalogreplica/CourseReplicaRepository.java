package id.kompeten.catalogreplica;

import id.kompeten.contracts.catalog.CourseStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Course look-ups; every read loads the course's competencies with it, so callers get complete rows. */
@ApplicationScoped
public class CourseReplicaRepository implements PanacheRepositoryBase<CourseReplica, String> {

    /**
     * The row, locked until the transaction ends. A native plain {@code FOR UPDATE}: Hibernate's MySQL dialect writes
     * {@code FOR UPDATE OF <alias>}, which MariaDB (tests, local run) does not understand.
     */
    public Optional<CourseReplica> findForUpdate(String id) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM course_replica WHERE id = ?1 FOR UPDATE", CourseReplica.class)
                .setParameter(1, id)
                .getResultStream()
                .map(CourseReplica.class::cast)
                .findFirst();
    }

    public Optional<CourseReplica> findWithCompetencies(String id) {
        return find("select c from CourseReplica c left join fetch c.competencies where c.id = ?1", id)
                .singleResultOptional();
    }

    /** Those of these courses the replica holds, in no particular order. */
    public List<CourseReplica> findByIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of()
                : list("select c from CourseReplica c left join fetch c.competencies where c.id in ?1", ids);
    }

    /**
     * Published courses whose passing participants reach at least {@code level} of the competency, by title. Uses
     * ix_course_competency_replica_code (competency, level, course).
     */
    public List<CourseReplica> publishedReaching(String competencyCode, int level) {
        return list("""
                select c from CourseReplica c left join fetch c.competencies
                where c.status = ?1
                  and exists (select 1 from CourseReplica r join r.competencies k
                              where r.id = c.id and k.code = ?2 and k.level >= ?3)
                order by c.title, c.id""", CourseStatus.PUBLISHED, competencyCode, level);
    }
}
