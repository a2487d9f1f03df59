package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.CompetencyType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class CompetencyRepository implements PanacheRepositoryBase<Competency, String> {

    /** Competencies of an optional type and an optional active flag, in the given order. */
    public PanacheQuery<Competency> search(CompetencyType type, Boolean active, Sort sort) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (type != null) {
            conditions.add("type = :type");
            parameters.and("type", type);
        }
        if (active != null) {
            conditions.add("active = :active");
            parameters.and("active", active);
        }
        return conditions.isEmpty() ? findAll(sort) : find(String.join(" and ", conditions), sort, parameters);
    }
}
