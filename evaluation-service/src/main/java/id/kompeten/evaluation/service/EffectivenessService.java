package id.kompeten.evaluation.service;

import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.CourseReplica;
import id.kompeten.catalogreplica.SessionReplica;
import id.kompeten.evaluation.config.ReactionConfig;
import id.kompeten.evaluation.domain.BehaviourEvaluation;
import id.kompeten.evaluation.domain.BehaviourEvaluationRepository;
import id.kompeten.evaluation.domain.BehaviourSchedule;
import id.kompeten.evaluation.domain.CourseCompletion;
import id.kompeten.evaluation.domain.CourseCompletionRepository;
import id.kompeten.evaluation.domain.Effectiveness;
import id.kompeten.evaluation.domain.KirkpatrickProblems;
import id.kompeten.evaluation.domain.ReactionEvaluation;
import id.kompeten.evaluation.domain.ReactionEvaluationRepository;
import id.kompeten.evaluation.domain.TrainingEffect;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.security.CurrentUser;
import id.kompeten.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A course's Kirkpatrick figures, overall and per session: L1-L3 ({@link Effectiveness}) and L4, the effect on the
 * service units' quality ({@link TrainingEffectService}).
 */
@ApplicationScoped
public class EffectivenessService {

    private final CourseCompletionRepository completions;
    private final ReactionEvaluationRepository reactions;
    private final BehaviourEvaluationRepository behaviours;
    private final BehaviourService behaviour;
    private final CatalogReplica catalog;
    private final TrainingEffectService results;
    private final ReactionConfig reactionConfig;
    private final CurrentUser user;

    EffectivenessService(CourseCompletionRepository completions, ReactionEvaluationRepository reactions,
            BehaviourEvaluationRepository behaviours, BehaviourService behaviour, CatalogReplica catalog,
            TrainingEffectService results, ReactionConfig reactionConfig, CurrentUser user) {
        this.completions = completions;
        this.reactions = reactions;
        this.behaviours = behaviours;
        this.behaviour = behaviour;
        this.catalog = catalog;
        this.results = results;
        this.reactionConfig = reactionConfig;
        this.user = user;
    }

    /**
     * Whose service units the caller sees listed one by one in L4 (group figures are for every staff role): ADMIN,
     * EVALUATOR and INTEGRATION every unit, UNIT_ADMIN and SUPERVISOR the units of their own unit (as they read unit
     * figures elsewhere), others none.
     */
    public Predicate<TrainingEffect.Observation> listedUnits() {
        if (user.hasRole(Roles.ADMIN) || user.hasRole(Roles.EVALUATOR) || user.hasRole(Roles.INTEGRATION)) {
            return observation -> true;
        }
        Optional<String> own = user.unit();
        if (own.isPresent() && (user.hasRole(Roles.UNIT_ADMIN) || user.hasRole(Roles.SUPERVISOR))) {
            return observation -> own.get().equals(observation.parentUnitCode());
        }
        return observation -> false;
    }

    /** A course's figures and its sessions', sessions by first day; {@code results} is L4 over all sessions. */
    public record CourseEffectiveness(String courseId, String courseTitle, Effectiveness overall,
            TrainingEffect.CourseEffect results, List<SessionEffectiveness> sessions) {
    }

    /** One session's figures; {@code code} null when the catalogue replica does not hold the session. */
    public record SessionEffectiveness(String sessionId, String code, LocalDate startDate, LocalDate endDate,
            Effectiveness figures, TrainingEffect.SessionEffect results) {
    }

    /** 404 when neither the catalogue replica nor any completion knows the course. */
    @Transactional
    public CourseEffectiveness ofCourse(String courseId) {
        Optional<CourseReplica> course = catalog.course(courseId);
        List<CourseCompletion> all = completions.ofCourse(courseId);
        if (course.isEmpty() && all.isEmpty()) {
            throw new NotFoundProblem(KirkpatrickProblems.COURSE, courseId);
        }
        Map<String, ReactionEvaluation> reacted = reactions.ofCourse(courseId);
        Map<String, BehaviourEvaluation> rated = behaviours.ofCourse(courseId);
        BehaviourSchedule schedule = behaviour.schedule();
        LocalDate today = behaviour.today();
        Map<String, List<CourseCompletion>> bySession = all.stream()
                .sorted(Comparator.comparing(CourseCompletion::sessionStart).thenComparing(CourseCompletion::sessionId))
                .collect(Collectors.groupingBy(CourseCompletion::sessionId, LinkedHashMap::new, Collectors.toList()));
        Map<String, SessionReplica> sessions = catalog.sessions(bySession.keySet());
        TrainingEffect.CourseEffect effect = results.ofCourse(courseId, all);
        Map<String, TrainingEffect.SessionEffect> effects = effect.sessions().stream()
                .collect(Collectors.toMap(TrainingEffect.SessionEffect::sessionId, s -> s));
        List<SessionEffectiveness> perSession = bySession.entrySet().stream().map(e -> {
            CourseCompletion first = e.getValue().get(0);
            SessionReplica session = sessions.get(e.getKey());
            return new SessionEffectiveness(e.getKey(), session == null ? null : session.code(), first.sessionStart(),
                    first.sessionEnd(), Effectiveness.of(e.getValue(), reacted, rated, schedule, today,
                            reactionConfig.minResponses()),
                    effects.get(e.getKey()));
        }).toList();
        String title = course.map(CourseReplica::title).orElseGet(() -> all.get(all.size() - 1).courseTitle());
        return new CourseEffectiveness(courseId, title, Effectiveness.of(all, reacted, rated, schedule, today,
                reactionConfig.minResponses()),
                effect, perSession);
    }
}
