package id.kompeten.evaluation.domain;

import id.kompeten.platform.security.AccessScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ReactionEvaluationRepository implements PanacheRepositoryBase<ReactionEvaluation, String> {

    /**
     * Whose a response is, as {@code EmployeeAccess} decides it: the person, and their unit and supervisor now from
     * the employee replica, or as the completion said for someone the replica does not hold yet.
     */
    public static final AccessScope.OwnerAttributes OWNER = new AccessScope.OwnerAttributes("r.nip",
            "coalesce((select e.unitCode from Employee e where e.nip = r.nip), r.unitCode)",
            "(case when exists (select e.nip from Employee e where e.nip = r.nip)"
                    + " then (select e.supervisorNip from Employee e where e.nip = r.nip) else r.supervisorNip end)");

    /** What a list may be narrowed by; null fields do not narrow it. */
    public record Filter(String courseId, String sessionId, String nip) {
    }

    /** The responses matching the filter among those the restriction lets through. */
    public PanacheQuery<ReactionEvaluation> search(Filter filter, AccessScope.Restriction visible, Sort sort) {
        List<String> conditions = new ArrayList<>(List.of(visible.clause()));
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        if (filter.courseId() != null) {
            conditions.add("r.courseId = :courseId");
            parameters.put("courseId", filter.courseId());
        }
        if (filter.sessionId() != null) {
            conditions.add("r.sessionId = :sessionId");
            parameters.put("sessionId", filter.sessionId());
        }
        if (filter.nip() != null) {
            conditions.add("r.nip = :nip");
            parameters.put("nip", filter.nip());
        }
        return find("from ReactionEvaluation r where " + String.join(" and ", conditions), sort, parameters);
    }

    /** A course's responses, by enrollment id. */
    public Map<String, ReactionEvaluation> ofCourse(String courseId) {
        Map<String, ReactionEvaluation> byEnrollment = new HashMap<>();
        list("courseId", courseId).forEach(r -> byEnrollment.put(r.enrollmentId(), r));
        return byEnrollment;
    }

    /** Those of these completions that have a response, by enrollment id. */
    public Map<String, ReactionEvaluation> ofEnrollments(List<String> enrollmentIds) {
        Map<String, ReactionEvaluation> byEnrollment = new HashMap<>();
        if (!enrollmentIds.isEmpty()) {
            list("enrollmentId in ?1", enrollmentIds).forEach(r -> byEnrollment.put(r.enrollmentId(), r));
        }
        return byEnrollment;
    }
}
