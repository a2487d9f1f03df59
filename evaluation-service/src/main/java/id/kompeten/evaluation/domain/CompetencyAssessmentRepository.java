package id.kompeten.evaluation.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CompetencyAssessmentRepository implements PanacheRepositoryBase<CompetencyAssessment, String> {

    /** A person's assessments, newest first (by date assessed, then by when recorded). */
    public PanacheQuery<CompetencyAssessment> ofEmployee(String nip) {
        return find("nip", Sort.descending("assessedOn", "recordedAt").and("id"), nip);
    }
}
