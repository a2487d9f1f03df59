package id.kompeten.evaluation.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CompetencyLevelChangeRepository implements PanacheRepositoryBase<CompetencyLevelChange, String> {

    /** A person's changes, optionally of one competency, newest first. */
    public PanacheQuery<CompetencyLevelChange> ofEmployee(String nip, String competencyCode) {
        Sort newestFirst = Sort.descending("changedAt").and("id");
        return competencyCode == null
                ? find("nip", newestFirst, nip)
                : find("nip = ?1 and competencyCode = ?2", newestFirst, nip, competencyCode);
    }
}
