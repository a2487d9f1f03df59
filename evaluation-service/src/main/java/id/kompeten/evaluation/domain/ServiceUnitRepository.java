package id.kompeten.evaluation.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ServiceUnitRepository implements PanacheRepositoryBase<ServiceUnit, String> {

    /**
     * The unit, locked until the transaction ends (native plain {@code FOR UPDATE}, as MariaDB needs). Only for a unit
     * known to exist, and as its first load in the transaction (see PositionStandardRepository#findForUpdate).
     */
    public Optional<ServiceUnit> findForUpdate(String code) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM service_unit WHERE code = ?1 FOR UPDATE", ServiceUnit.class)
                .setParameter(1, code)
                .getResultStream()
                .map(ServiceUnit.class::cast)
                .findFirst();
    }

    public boolean exists(String code) {
        return count("code", code) > 0;
    }

    /**
     * Units for a list: of {@code agency} when given, of {@code parentUnitCode} when given (a unit admin's or
     * supervisor's own unit).
     */
    public PanacheQuery<ServiceUnit> matching(String agency, String parentUnitCode, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (agency != null) {
            where.append(" and agency = :agency");
            parameters.and("agency", agency);
        }
        if (parentUnitCode != null) {
            where.append(" and parentUnitCode = :parent");
            parameters.and("parent", parentUnitCode);
        }
        return find(where.toString(), sort, parameters);
    }
}
