package id.kompeten.evaluation.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class PositionStandardRepository implements PanacheRepositoryBase<PositionStandard, String> {

    /**
     * The standard, locked until the transaction ends (native plain {@code FOR UPDATE}, as MariaDB needs). Call it
     * only for a standard known to exist ({@link #exists}): on an absent key InnoDB takes a gap lock, and two creates
     * holding one would deadlock on their inserts. Must be the first load of the standard in the transaction, or the
     * persistence context answers with the state it already holds.
     */
    public Optional<PositionStandard> findForUpdate(String positionCode) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM position_standard WHERE position_code = ?1 FOR UPDATE",
                        PositionStandard.class)
                .setParameter(1, positionCode)
                .getResultStream()
                .map(PositionStandard.class::cast)
                .findFirst();
    }

    /** Whether a standard exists, without loading it into the persistence context. */
    public boolean exists(String positionCode) {
        return count("positionCode", positionCode) > 0;
    }

    /** The standard with its requirements, in one query. */
    public Optional<PositionStandard> findWithRequirements(String positionCode) {
        return find("select s from PositionStandard s left join fetch s.requirements where s.positionCode = ?1",
                positionCode).singleResultOptional();
    }

    /** Those of these positions that have a standard, with their requirements, in one query. */
    public List<PositionStandard> findByCodes(Collection<String> positionCodes) {
        return positionCodes.isEmpty() ? List.of()
                : list("select distinct s from PositionStandard s left join fetch s.requirements"
                        + " where s.positionCode in ?1", positionCodes);
    }

    /**
     * The names of those of these positions that have a standard, by code; the standards themselves are not loaded,
     * so a later {@link #findForUpdate} in the transaction reads them fresh.
     */
    public Map<String, String> namesOf(Collection<String> positionCodes) {
        if (positionCodes.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select s.positionCode, s.positionName from PositionStandard s"
                        + " where s.positionCode in ?1", Object[].class)
                .setParameter(1, positionCodes)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    /** Every standard, for a paged list. */
    public PanacheQuery<PositionStandard> all(Sort sort) {
        return findAll(sort);
    }
}
