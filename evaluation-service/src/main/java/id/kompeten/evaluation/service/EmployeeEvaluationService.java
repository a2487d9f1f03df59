package id.kompeten.evaluation.service;

import id.kompeten.evaluation.domain.BehaviourEvaluation;
import id.kompeten.evaluation.domain.BehaviourEvaluationRepository;
import id.kompeten.evaluation.domain.BehaviourSchedule;
import id.kompeten.evaluation.domain.BehaviourStatus;
import id.kompeten.evaluation.domain.CourseCompletion;
import id.kompeten.evaluation.domain.CourseCompletionRepository;
import id.kompeten.evaluation.domain.LearningGain;
import id.kompeten.evaluation.domain.ReactionEvaluation;
import id.kompeten.evaluation.domain.ReactionEvaluationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A person's completions with where each Kirkpatrick level stands, for whoever may read their records. */
@ApplicationScoped
public class EmployeeEvaluationService {

    private final CourseCompletionRepository completions;
    private final ReactionEvaluationRepository reactions;
    private final BehaviourEvaluationRepository behaviours;
    private final BehaviourService behaviour;
    private final EmployeeAccess access;

    EmployeeEvaluationService(CourseCompletionRepository completions, ReactionEvaluationRepository reactions,
            BehaviourEvaluationRepository behaviours, BehaviourService behaviour, EmployeeAccess access) {
        this.completions = completions;
        this.reactions = reactions;
        this.behaviours = behaviours;
        this.behaviour = behaviour;
        this.access = access;
    }

    /** One completion: its L1 response (null when not given), L2, and L3's status, due day and rating (or null). */
    public record CompletionEvaluations(CourseCompletion completion, LocalDate completedOn, ReactionEvaluation reaction,
            LearningGain learning, BehaviourStatus behaviourStatus, LocalDate behaviourDueOn,
            BehaviourEvaluation behaviour) {
    }

    /** The person's completions, newest first; 404 when evaluation knows nothing of them or the caller may not read. */
    @Transactional
    public List<CompletionEvaluations> ofEmployee(String nip) {
        access.requireReadable(nip);
        List<CourseCompletion> found = completions.ofEmployee(nip);
        List<String> ids = found.stream().map(CourseCompletion::enrollmentId).toList();
        Map<String, ReactionEvaluation> reacted = reactions.ofEnrollments(ids);
        Map<String, BehaviourEvaluation> rated = behaviours.ofEnrollments(ids);
        BehaviourSchedule schedule = behaviour.schedule();
        LocalDate today = behaviour.today();
        return found.stream().map(c -> {
            BehaviourEvaluation evaluation = rated.get(c.enrollmentId());
            return new CompletionEvaluations(c, schedule.completedOn(c.completedAt()), reacted.get(c.enrollmentId()),
                    LearningGain.of(c), schedule.status(c.sessionEnd(), evaluation != null, today),
                    schedule.dueOn(c.sessionEnd()), evaluation);
        }).toList();
    }
}
