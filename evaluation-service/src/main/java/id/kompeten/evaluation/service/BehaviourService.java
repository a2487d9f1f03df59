package id.kompeten.evaluation.service;

import id.kompeten.evaluation.config.BehaviourConfig;
import id.kompeten.platform.runtime.AgencyConfig;
import id.kompeten.evaluation.domain.BehaviourEvaluation;
import id.kompeten.evaluation.domain.BehaviourEvaluationRepository;
import id.kompeten.evaluation.domain.BehaviourRating;
import id.kompeten.evaluation.domain.BehaviourSchedule;
import id.kompeten.evaluation.domain.BehaviourStatus;
import id.kompeten.evaluation.domain.CompletedCompetency;
import id.kompeten.evaluation.domain.CourseCompletion;
import id.kompeten.evaluation.domain.CourseCompletionRepository;
import id.kompeten.evaluation.domain.Employee;
import id.kompeten.evaluation.domain.EmployeeRepository;
import id.kompeten.evaluation.domain.KirkpatrickProblems;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.error.ApiProblem.FieldError;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.error.UniqueKeys;
import id.kompeten.platform.security.CurrentUser;
import id.kompeten.platform.security.Roles;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Kirkpatrick L3: due {@link BehaviourConfig#dueAfterDays()} days after completion, rated once by the person's
 * supervisor at rating time (the employee replica's supervisor now; for someone the replica does not hold yet, the
 * completion's), one rating 1-5 per competency the course targeted.
 */
@ApplicationScoped
public class BehaviourService {

    private final BehaviourEvaluationRepository behaviours;
    private final CourseCompletionRepository completions;
    private final EmployeeRepository employees;
    private final EmployeeAccess access;
    private final CurrentUser user;
    private final BehaviourConfig config;
    private final AgencyConfig agency;
    private final Clock clock;

    BehaviourService(BehaviourEvaluationRepository behaviours, CourseCompletionRepository completions,
            EmployeeRepository employees, EmployeeAccess access, CurrentUser user, BehaviourConfig config,
            AgencyConfig agency, Clock clock) {
        this.behaviours = behaviours;
        this.completions = completions;
        this.employees = employees;
        this.access = access;
        this.user = user;
        this.config = config;
        this.agency = agency;
        this.clock = clock;
    }

    /**
     * A completion awaiting or holding its L3 rating, as a supervisor's list shows it, with the competencies to rate
     * (read inside the transaction).
     */
    public record Item(CourseCompletion completion, String name, LocalDate completedOn, LocalDate dueOn,
            BehaviourStatus status, Instant ratedAt, List<CompletedCompetency> competencies) {
    }

    /** One rating of a request: the competency, 1-5 (checked by the request), an optional comment. */
    public record Entry(String competencyCode, int rating, String comment) {
    }

    public BehaviourSchedule schedule() {
        return new BehaviourSchedule(config.dueAfterDays(), agency.zone());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(agency.zone()));
    }

    /**
     * The completions of the supervisor's subordinates in {@code status} (null: all), oldest completion first. 403
     * unless the caller is that supervisor or sees everyone's (ADMIN, INTEGRATION, EVALUATOR).
     */
    @Transactional
    public PageResponse<Item> ofSupervisor(String supervisorNip, BehaviourStatus status, PageRequest page) {
        boolean staff = user.hasRole(Roles.ADMIN) || user.hasRole(Roles.INTEGRATION) || user.hasRole(Roles.EVALUATOR);
        if (!staff && user.nip().filter(supervisorNip::equals).isEmpty()) {
            throw new ForbiddenException("Only the supervisor lists their subordinates' behaviour ratings");
        }
        BehaviourSchedule schedule = schedule();
        LocalDate today = today();
        PanacheQuery<CourseCompletion> query =
                behaviours.subordinatesCompletions(supervisorNip, status, schedule.lastDueCourseEnd(today));
        List<CourseCompletion> found = query.page(Page.of(page.page(), page.size())).list();
        List<String> ids = found.stream().map(CourseCompletion::enrollmentId).toList();
        Map<String, BehaviourEvaluation> rated = behaviours.ofEnrollments(ids);
        Map<String, String> names = employees.findByNips(found.stream().map(CourseCompletion::nip).collect(
                Collectors.toSet())).stream().collect(Collectors.toMap(Employee::nip, Employee::name));
        List<Item> items = found.stream().map(c -> {
            BehaviourEvaluation evaluation = rated.get(c.enrollmentId());
            return new Item(c, names.get(c.nip()), schedule.completedOn(c.completedAt()),
                    schedule.dueOn(c.sessionEnd()), schedule.status(c.sessionEnd(), evaluation != null, today),
                    evaluation == null ? null : evaluation.ratedAt(), c.competencies());
        }).toList();
        return new PageResponse<>(items, page.page(), page.size(), query.count());
    }

    /**
     * Records the supervisor's rating. 404 without such a completion; 403 unless the caller is the person's supervisor
     * now; 400 unless the ratings are exactly for the competencies the course targeted; 409 when already rated
     * (looked up first, the primary key settles a race) or before the due day.
     */
    @Transactional
    public BehaviourEvaluation rate(String enrollmentId, List<Entry> entries, String comment) {
        CourseCompletion completion = completions.findByIdOptional(enrollmentId)
                .orElseThrow(() -> new NotFoundProblem(KirkpatrickProblems.COMPLETION, enrollmentId));
        String supervisor = currentSupervisorOf(completion);
        if (supervisor == null || user.nip().filter(supervisor::equals).isEmpty()) {
            throw new ForbiddenException("Only the person's supervisor now rates their behaviour");
        }
        requireTargeted(completion, entries);
        if (behaviours.findByIdOptional(enrollmentId).isPresent()) {
            throw duplicate(enrollmentId);
        }
        LocalDate dueOn = schedule().dueOn(completion.sessionEnd());
        LocalDate today = today();
        if (today.isBefore(dueOn)) {
            throw new ConflictProblem(KirkpatrickProblems.BEHAVIOUR_NOT_DUE, enrollmentId, dueOn.toString(),
                    today.toString());
        }
        List<BehaviourRating> ratings = entries.stream()
                .map(e -> new BehaviourRating(e.competencyCode(), e.rating(), e.comment())).toList();
        BehaviourEvaluation evaluation =
                new BehaviourEvaluation(completion, supervisor, ratings, comment, dueOn, Instant.now(clock));
        UniqueKeys.writeOrConflict(UniqueKeys.PRIMARY_KEY, () -> {
            behaviours.persist(evaluation);
            behaviours.flush();
        }, () -> duplicate(enrollmentId));
        return evaluation;
    }

    /** One rating; 404 when there is none or the caller may not read the person's records. */
    @Transactional
    public BehaviourEvaluation get(String enrollmentId) {
        BehaviourEvaluation evaluation = behaviours.findByIdOptional(enrollmentId)
                .orElseThrow(() -> new NotFoundProblem(KirkpatrickProblems.BEHAVIOUR, enrollmentId));
        if (!access.canRead(access.ownerOf(evaluation.nip()))) {
            throw new NotFoundProblem(KirkpatrickProblems.BEHAVIOUR, enrollmentId);
        }
        return evaluation;
    }

    private String currentSupervisorOf(CourseCompletion completion) {
        Employee employee = employees.findById(completion.nip());
        return employee != null ? employee.supervisorNip() : completion.supervisorNip();
    }

    /** 400 naming each rating of a competency the course did not target, or given twice, and each one missing. */
    private static void requireTargeted(CourseCompletion completion, List<Entry> entries) {
        Set<String> targeted = completion.competencies().stream().map(CompletedCompetency::code)
                .collect(Collectors.toCollection(TreeSet::new));
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String code = entries.get(i).competencyCode();
            String field = "ratings[" + i + "].competencyCode";
            if (!targeted.contains(code)) {
                errors.add(new FieldError(field, KirkpatrickProblems.COMPETENCY_NOT_TARGETED, code,
                        String.join(", ", targeted)));
            } else if (!seen.add(code)) {
                errors.add(new FieldError(field, KirkpatrickProblems.COMPETENCY_REPEATED, code));
            }
        }
        targeted.stream().filter(code -> !seen.contains(code))
                .forEach(code -> errors.add(new FieldError("ratings", KirkpatrickProblems.COMPETENCY_MISSING, code)));
        if (!errors.isEmpty()) {
            throw new InvalidInputProblem(errors);
        }
    }

    private static ConflictProblem duplicate(String enrollmentId) {
        return new ConflictProblem(KirkpatrickProblems.BEHAVIOUR_DUPLICATE, enrollmentId);
    }
}
