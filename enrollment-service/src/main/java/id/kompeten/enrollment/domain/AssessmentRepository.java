package id.kompeten.enrollment.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, Assessment.Key> {

    /** The recorded scores of these enrollments (managed entities, for changing them). */
    public List<Assessment> ofEnrollments(Collection<String> enrollmentIds) {
        if (enrollmentIds.isEmpty()) {
            return List.of();
        }
        return list("enrollmentId in ?1", enrollmentIds);
    }

    /** The scores of these enrollments as committed now (a locking read, see AttendanceRepository#currentOf). */
    public Map<String, Map<AssessmentKind, Integer>> currentOf(Collection<String> enrollmentIds) {
        Map<String, Map<AssessmentKind, Integer>> scores = new HashMap<>();
        if (enrollmentIds.isEmpty()) {
            return scores;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT enrollment_id, kind, score"
                + " FROM assessment WHERE enrollment_id IN (:ids) LOCK IN SHARE MODE")
                .setParameter("ids", enrollmentIds)
                .getResultList();
        for (Object[] row : rows) {
            scores.computeIfAbsent((String) row[0], id -> new EnumMap<>(AssessmentKind.class))
                    .put(AssessmentKind.valueOf((String) row[1]), ((Number) row[2]).intValue());
        }
        return scores;
    }
}
