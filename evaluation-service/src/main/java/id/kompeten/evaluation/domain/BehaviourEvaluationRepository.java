package id.kompeten.evaluation.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class BehaviourEvaluationRepository implements PanacheRepositoryBase<BehaviourEvaluation, String> {

    private final CourseCompletionRepository completions;

    BehaviourEvaluationRepository(CourseCompletionRepository completions) {
        this.completions = completions;
    }

    /**
     * The completions of a supervisor's subordinates in the given L3 status, oldest completion first. A subordinate is
     * someone whose supervisor now is {@code supervisorNip}: by the employee replica, or, for someone the replica does
     * not hold yet, by the completion. Unrated completions of courses that ended on or before {@code lastDueCourseEnd}
     * are due, the others pending ({@link BehaviourSchedule#lastDueCourseEnd}); {@code status} null means all.
     */
    public PanacheQuery<CourseCompletion> subordinatesCompletions(String supervisorNip, BehaviourStatus status,
            LocalDate lastDueCourseEnd) {
        String rated =
                "exists (select b.enrollmentId from BehaviourEvaluation b where b.enrollmentId = c.enrollmentId)";
        // Someone who has left (inactive in the register) can no longer be observed at work: their unrated
        // completions leave the supervisor's to-do list; ratings already given stay.
        String stillHere = "not exists (select e2.nip from Employee e2 where e2.nip = c.nip and e2.active = false)";
        String condition = status == null ? " and (" + rated + " or " + stillHere + ")" : switch (status) {
            case RATED -> " and " + rated;
            case DUE -> " and not " + rated + " and c.sessionEnd <= :lastDue and " + stillHere;
            case PENDING -> " and not " + rated + " and c.sessionEnd > :lastDue and " + stillHere;
        };
        Parameters parameters = Parameters.with("supervisor", supervisorNip);
        if (status == BehaviourStatus.DUE || status == BehaviourStatus.PENDING) {
            parameters = parameters.and("lastDue", lastDueCourseEnd);
        }
        return completions.find(
                "from CourseCompletion c"
                        + " where (c.nip in (select e.nip from Employee e where e.supervisorNip = :supervisor)"
                        + " or (c.supervisorNip = :supervisor"
                        + " and not exists (select e.nip from Employee e where e.nip = c.nip)))" + condition,
                Sort.by("completedAt").and("enrollmentId"), parameters);
    }

    /** A course's ratings, by enrollment id. */
    public Map<String, BehaviourEvaluation> ofCourse(String courseId) {
        Map<String, BehaviourEvaluation> byEnrollment = new HashMap<>();
        list("courseId", courseId).forEach(b -> byEnrollment.put(b.enrollmentId(), b));
        return byEnrollment;
    }

    /** Those of these completions that are rated, by enrollment id. */
    public Map<String, BehaviourEvaluation> ofEnrollments(List<String> enrollmentIds) {
        Map<String, BehaviourEvaluation> byEnrollment = new HashMap<>();
        if (!enrollmentIds.isEmpty()) {
            list("enrollmentId in ?1", enrollmentIds).forEach(b -> byEnrollment.put(b.enrollmentId(), b));
        }
        return byEnrollment;
    }
}
