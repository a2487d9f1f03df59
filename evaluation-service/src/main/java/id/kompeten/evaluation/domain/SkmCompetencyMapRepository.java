package id.kompeten.evaluation.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class SkmCompetencyMapRepository implements PanacheRepositoryBase<SkmCompetencyMap, String> {

    /**
     * The agency's map, locked until the transaction ends (native plain {@code FOR UPDATE}, as MariaDB needs). Only for
     * a map known to exist ({@link #exists}: an absent key would take a gap lock on which two creates deadlock), and as
     * its first load in the transaction.
     */
    public Optional<SkmCompetencyMap> findForUpdate(String agency) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM skm_competency_map WHERE agency = ?1 FOR UPDATE",
                        SkmCompetencyMap.class)
                .setParameter(1, agency)
                .getResultStream()
                .map(SkmCompetencyMap.class::cast)
                .findFirst();
    }

    /** Whether the agency has its own map, without loading it. */
    public boolean exists(String agency) {
        return count("agency", agency) > 0;
    }

    /** The agency's own map with its lines, in one query. */
    public Optional<SkmCompetencyMap> findWithLines(String agency) {
        return find("select m from SkmCompetencyMap m left join fetch m.lines where m.agency = ?1", agency)
                .singleResultOptional();
    }
}
