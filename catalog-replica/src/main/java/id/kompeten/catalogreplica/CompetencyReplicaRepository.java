package id.kompeten.catalogreplica;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CompetencyReplicaRepository implements PanacheRepositoryBase<CompetencyReplica, String> {

    /**
     * The row, locked until the transaction ends. A native plain {@code FOR UPDATE}: Hibernate's MySQL dialect writes
     * {@code FOR UPDATE OF <alias>}, which MariaDB (tests, local run) does not understand.
     */
    public Optional<CompetencyReplica> findForUpdate(String code) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM competency_replica WHERE code = ?1 FOR UPDATE", CompetencyReplica.class)
                .setParameter(1, code)
                .getResultStream()
                .map(CompetencyReplica.class::cast)
                .findFirst();
    }

    /** Those of these competencies the replica holds, in no particular order. */
    public List<CompetencyReplica> findByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1", codes);
    }
}
