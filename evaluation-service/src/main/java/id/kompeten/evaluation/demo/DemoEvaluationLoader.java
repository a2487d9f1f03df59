package id.kompeten.evaluation.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.SessionReplica;
import id.kompeten.evaluation.domain.AssessmentMethod;
import id.kompeten.evaluation.domain.BehaviourEvaluationRepository;
import id.kompeten.evaluation.domain.CompetencyAssessmentRepository;
import id.kompeten.evaluation.domain.CourseCompletion;
import id.kompeten.evaluation.domain.CourseCompletionRepository;
import id.kompeten.evaluation.domain.Employee;
import id.kompeten.evaluation.domain.EmployeeRepository;
import id.kompeten.evaluation.domain.PositionStandardRepository;
import id.kompeten.evaluation.domain.ReactionEvaluation;
import id.kompeten.evaluation.domain.ReactionEvaluationRepository;
import id.kompeten.evaluation.domain.StandardRequirement;
import id.kompeten.evaluation.service.BehaviourService;
import id.kompeten.evaluation.service.CompetencyProfileService;
import id.kompeten.evaluation.service.CompetencyProfileService.AssessmentInput;
import id.kompeten.evaluation.service.PositionStandardService;
import id.kompeten.evaluation.service.ReactionService;
import id.kompeten.platform.runtime.DemoDataConfig;
import id.kompeten.platform.runtime.DemoJobs;
import id.kompeten.platform.runtime.DemoResources;
import id.kompeten.platform.security.Roles;
import id.kompeten.platform.security.SystemCaller;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives the local run ({@code kompeten.demo-data.enabled=true}) its evaluation data, through the services as the API
 * would: the competency standards of the demo positions (ADMIN), a baseline assessment of the front-line staff dated
 * before their training (the demo evaluator), then, as the demo's completions arrive from enrollment, the completers'
 * L1 answers (each as themselves) and their supervisor's L3 ratings once due. So the local run shows gaps, the levels
 * the closed runs raised, and the run left open raising more when it is closed. Competencies, people and completions
 * arrive through other services' events, so it tries every few seconds until all is there. Idempotent.
 */
@ApplicationScoped
public class DemoEvaluationLoader {

    private static final String RESOURCE = "demo/evaluation.json";
    private static final String JOB = "Demo evaluation data";
    private static final String CALLER = "demo-data";
    /** The demo's evaluator (local-stack's EVALUATOR persona): BKPSDM Sibolga's statistician. */
    private static final String EVALUATOR_NIP = "198911052014022002";
    /** How long to wait for the other services' demo data before giving up (the log says so). */
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final boolean enabled;
    private final ObjectMapper json;
    private final DemoJobs jobs;
    private final SystemCaller systemCaller;
    private final CatalogReplica catalog;
    private final EmployeeRepository employees;
    private final CourseCompletionRepository completions;
    private final PositionStandardRepository standards;
    private final CompetencyAssessmentRepository assessments;
    private final ReactionEvaluationRepository reactions;
    private final BehaviourEvaluationRepository behaviours;
    private final PositionStandardService standardService;
    private final CompetencyProfileService profiles;
    private final ReactionService reactionService;
    private final BehaviourService behaviourService;

    DemoEvaluationLoader(DemoDataConfig config, ObjectMapper json, DemoJobs jobs, SystemCaller systemCaller,
            CatalogReplica catalog, EmployeeRepository employees, CourseCompletionRepository completions,
            PositionStandardRepository standards, CompetencyAssessmentRepository assessments,
            ReactionEvaluationRepository reactions, BehaviourEvaluationRepository behaviours,
            PositionStandardService standardService, CompetencyProfileService profiles,
            ReactionService reactionService, BehaviourService behaviourService) {
        this.enabled = config.enabled();
        this.json = json;
        this.jobs = jobs;
        this.systemCaller = systemCaller;
        this.catalog = catalog;
        this.employees = employees;
        this.completions = completions;
        this.standards = standards;
        this.assessments = assessments;
        this.reactions = reactions;
        this.behaviours = behaviours;
        this.standardService = standardService;
        this.profiles = profiles;
        this.reactionService = reactionService;
        this.behaviourService = behaviourService;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            jobs.untilDone(JOB, PATIENCE, this::load);
        }
    }

    /**
     * Adds what is missing of the demo evaluation data; empty when done, otherwise what it still waits for (a
     * competency, a person or a completion that has not arrived). What could be written is written meanwhile.
     */
    public Optional<String> load() {
        DemoEvaluation demo = read();
        // A request context of its own for the reads; each person's answer runs as that person inside it.
        return systemCaller.call(CALLER, Roles.ADMIN, () -> load(demo));
    }

    private Optional<String> load(DemoEvaluation demo) {
        Optional<String> missing = missingCompetency(demo);
        if (missing.isPresent()) {
            return missing;
        }
        demo.standards().forEach(this::standard);
        // Whatever has arrived is written; the first thing still missing is reported, and the next run tries again.
        Optional<String> awaited = Optional.empty();
        for (Map.Entry<String, Map<String, Integer>> person : demo.baseline().levels().entrySet()) {
            Employee employee = employees.findById(person.getKey());
            if (employee == null) {
                awaited = awaited.or(() -> Optional.of("employee " + person.getKey()));
            } else {
                baseline(demo.baseline(), employee, person.getValue());
            }
        }
        for (DemoEvaluation.Reaction reaction : demo.reactions()) {
            Optional<CourseCompletion> completion = completion(reaction.session(), reaction.nip());
            completion.ifPresent(found -> react(found, reaction));
            awaited = awaited.or(() -> completion.isEmpty()
                    ? Optional.of("completion of " + reaction.nip() + " in " + reaction.session()) : Optional.empty());
        }
        for (DemoEvaluation.Behaviour rating : demo.behaviour()) {
            Optional<CourseCompletion> completion = completion(rating.session(), rating.nip());
            completion.ifPresent(found -> rate(found, rating));
            awaited = awaited.or(() -> completion.isEmpty()
                    ? Optional.of("completion of " + rating.nip() + " in " + rating.session()) : Optional.empty());
        }
        return awaited;
    }

    public DemoEvaluation read() {
        return DemoResources.read(json, RESOURCE, DemoEvaluation.class);
    }

    private Optional<String> missingCompetency(DemoEvaluation demo) {
        Set<String> codes = new TreeSet<>();
        demo.standards().forEach(standard -> codes.addAll(standard.requirements().keySet()));
        demo.baseline().levels().values().forEach(levels -> codes.addAll(levels.keySet()));
        Set<String> known = catalog.competencies(codes).keySet();
        return codes.stream().filter(code -> !known.contains(code)).findFirst().map(code -> "competency " + code);
    }

    private void standard(DemoEvaluation.Standard standard) {
        if (!standards.exists(standard.position())) {
            standardService.put(standard.position(), standard.name(), standard.requirements().entrySet().stream()
                    .map(requirement -> new StandardRequirement(requirement.getKey(), requirement.getValue()))
                    .toList(), null);
        }
    }

    /** The evaluator's mapping before the training, dated then: a course completed since stays the later evidence. */
    private void baseline(DemoEvaluation.Baseline baseline, Employee employee, Map<String, Integer> levels) {
        Set<String> assessed = new TreeSet<>();
        assessments.ofEmployee(employee.nip()).list().forEach(found -> assessed.add(found.competencyCode()));
        LocalDate on = behaviourService.today().minusDays(baseline.daysAgo());
        systemCaller.callAs("dev-" + EVALUATOR_NIP, Roles.EVALUATOR, EVALUATOR_NIP, "BKPSDM-SIBOLGA", () -> {
            levels.forEach((code, level) -> {
                if (!assessed.contains(code)) {
                    profiles.recordAssessment(employee.nip(), new AssessmentInput(code, level,
                            AssessmentMethod.valueOf(baseline.method()), baseline.evidence(), on, null), null);
                }
            });
            return null;
        });
    }

    private void react(CourseCompletion completion, DemoEvaluation.Reaction reaction) {
        if (reactions.findByIdOptional(completion.enrollmentId()).isPresent()) {
            return;
        }
        systemCaller.callAs("dev-" + completion.nip(), Roles.PARTICIPANT, completion.nip(), completion.unitCode(),
                () -> reactionService.submit(completion.enrollmentId(), new ReactionEvaluation.Scores(
                        reaction.content(), reaction.trainer(), reaction.relevance(), reaction.facilities()),
                        reaction.comment()));
    }

    /** By the person's supervisor now, once due; an agency that waits longer than the demo's run is old sees none. */
    private void rate(CourseCompletion completion, DemoEvaluation.Behaviour rating) {
        boolean due = !behaviourService.today().isBefore(behaviourService.schedule().dueOn(completion.sessionEnd()));
        Employee employee = employees.findById(completion.nip());
        if (!due || employee == null || employee.supervisorNip() == null
                || behaviours.findByIdOptional(completion.enrollmentId()).isPresent()) {
            return;
        }
        systemCaller.callAs("dev-" + employee.supervisorNip(), Roles.SUPERVISOR, employee.supervisorNip(),
                employee.unitCode(), () -> behaviourService.rate(completion.enrollmentId(),
                        rating.ratings().entrySet().stream()
                                .map(entry -> new BehaviourService.Entry(entry.getKey(), entry.getValue(), null))
                                .toList(), rating.comment()));
    }

    private Optional<CourseCompletion> completion(String sessionCode, String nip) {
        return catalog.sessionByCode(sessionCode).map(SessionReplica::id)
                .flatMap(sessionId -> completions.ofSession(sessionId).stream()
                        .filter(found -> found.nip().equals(nip)).findFirst());
    }
}
