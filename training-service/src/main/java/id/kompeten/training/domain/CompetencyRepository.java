package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.CompetencyType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CompetencyRepository implements PanacheRepositoryBase<Competency, String> {

    /** Competencies of an optional type, in the given order. */
    public PanacheQuery<Competency> search(CompetencyType type, Sort sort) {
        return type == null ? findAll(sort) : find("type = :type", sort, Parameters.with("type", type));
    }
}
