package id.kompeten.evaluation.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** A person's profile, by competency code. */
    public List<CompetencyLevel> ofEmployee(String nip) {
        return list("nip = ?1 order by competencyCode", nip);
    }

    /** The profiles of several people (e.g. a unit's staff), in one query. */
    public List<CompetencyLevel> ofEmployees(Collection<String> nips) {
        return nips.isEmpty() ? List.of() : list("nip in ?1 order by nip, competencyCode", nips);
    }
}
