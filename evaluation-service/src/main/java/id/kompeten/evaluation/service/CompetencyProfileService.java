package id.kompeten.evaluation.service;

import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.CompetencyReplica;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.contracts.evaluation.CompetencyProfileUpdated;
import id.kompeten.evaluation.domain.AssessmentMethod;
import id.kompeten.evaluation.domain.CompetencyAssessment;
import id.kompeten.evaluation.domain.CompetencyAssessmentRepository;
import id.kompeten.evaluation.domain.CompetencyLevel;
import id.kompeten.evaluation.domain.CompetencyLevelChange;
import id.kompeten.evaluation.domain.CompetencyLevelChange.Cause;
import id.kompeten.evaluation.domain.CompetencyLevelChange.CauseType;
import id.kompeten.evaluation.domain.CompetencyLevelChangeRepository;
import id.kompeten.evaluation.domain.CompetencyLevelRepository;
import id.kompeten.evaluation.domain.CompletedCompetency;
import id.kompeten.evaluation.domain.CourseCompletion;
import id.kompeten.evaluation.domain.CourseCompletionRepository;
import id.kompeten.evaluation.domain.Employee;
import id.kompeten.evaluation.domain.EmployeeRepository;
import id.kompeten.evaluation.domain.LevelSource;
import id.kompeten.platform.api.Created;
import id.kompeten.platform.api.IdempotencyKeys;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.messaging.EffectOutcome;
import id.kompeten.platform.messaging.OutboxWriter;
import id.kompeten.platform.messaging.PoisonEventException;
import id.kompeten.platform.runtime.AgencyConfig;
import id.kompeten.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Employees' competency profiles: one level per competency, raised by completed courses, set by evaluators'
 * assessments and by admins' manual entries, every change kept with its cause and announced as
 * {@link CompetencyProfileUpdated} in the same transaction.
 * <p>
 * Rules: a completion raises a line to the course's target level only when that is higher, and never lowers it; a
 * completion dated on or before the date of a current ASSESSMENT or MANUAL level leaves it alone (the later evidence
 * stands; on the same day the assessor's judgement is kept, so the outcome does not depend on arrival order); between
 * completions the order does not matter (the highest level stands). An assessment or a manual entry sets the level,
 * possibly lower (then with a reason). Every change of a line locks it ({@link CompetencyLevelRepository#lockOrCreate}),
 * so concurrent completions and assessments of one person apply one after the other, on every instance.
 */
@ApplicationScoped
public class CompetencyProfileService {

    /** Who changed a line for a consumed completion (history's changedBy), and the consumer's processed-event name. */
    public static final String COMPLETION_CONSUMER = "competency-profile";
    /** The operation recorded as the cause of an assessment's change. */
    public static final String RECORD_ASSESSMENT = "recordAssessment";
    /** The operation recorded as the cause of a manual entry. */
    public static final String SET_LEVEL = "setCompetencyLevel";
    /** The resource named in 404s of a profile line. */
    public static final String LINE = "CompetencyLevel";
    /** The resource named in 404s of an assessment. */
    public static final String ASSESSMENT = "CompetencyAssessment";

    private static final String COMPLETED = Topic.typeOf(CourseCompleted.class);

    private final CompetencyLevelRepository levels;
    private final CompetencyLevelChangeRepository changes;
    private final CompetencyAssessmentRepository assessments;
    private final CourseCompletionRepository completions;
    private final EmployeeRepository employees;
    private final EmployeeAccess access;
    private final CatalogReplica catalog;
    private final OutboxWriter outbox;
    private final UnitTrainingRecordService trainingRecords;
    private final IdempotencyKeys idempotency;
    private final CurrentUser user;
    private final AgencyConfig agency;
    private final Clock clock;

    CompetencyProfileService(CompetencyLevelRepository levels, CompetencyLevelChangeRepository changes,
            CompetencyAssessmentRepository assessments, CourseCompletionRepository completions,
            EmployeeRepository employees, EmployeeAccess access, CatalogReplica catalog, OutboxWriter outbox,
            UnitTrainingRecordService trainingRecords, IdempotencyKeys idempotency, CurrentUser user,
            AgencyConfig agency, Clock clock) {
        this.levels = levels;
        this.changes = changes;
        this.assessments = assessments;
        this.completions = completions;
        this.employees = employees;
        this.access = access;
        this.catalog = catalog;
        this.outbox = outbox;
        this.trainingRecords = trainingRecords;
        this.idempotency = idempotency;
        this.user = user;
        this.agency = agency;
        this.clock = clock;
    }

    /**
     * Records a completion once (by enrollment id), raises the levels it reaches and updates its unit's training
     * record ({@link UnitTrainingRecordService}). Joins the consumer's transaction,
     * which also records the event id. The same completion under another event id is {@link EffectOutcome#IGNORED};
     * two deliveries of it at the same moment collide on the completion's primary key, and the loser, retried by the
     * consumer, then finds it.
     */
    @Transactional
    public EffectOutcome recordCompletion(CourseCompleted event, String eventId) {
        if (completions.findByIdOptional(event.enrollmentId()).isPresent()) {
            return EffectOutcome.IGNORED;
        }
        for (CourseCompleted.CompetencyTarget target : event.competencies()) {
            if (target.level() < 1 || target.level() > 5) {
                throw new PoisonEventException("CourseCompleted " + event.enrollmentId() + " targets level "
                        + target.level() + " of " + target.code() + "; levels are 1-5");
            }
        }
        Instant now = clock.instant();
        CourseCompletion completion = new CourseCompletion(event, eventId, now);
        trainingRecords.lock(completion); // before the insert: concurrent completions of a unit count in turn
        completions.persistAndFlush(completion);
        trainingRecords.completionRecorded(completion);
        LocalDate day = completion.completedAt().atZone(agency.zone()).toLocalDate();
        Cause cause = new Cause(CauseType.EVENT, eventId, COMPLETED, completion.enrollmentId());
        // By code (the completion's order), so two completions sharing competencies lock their lines in one order.
        for (CompletedCompetency target : completion.competencies()) {
            CompetencyLevel line = levels.lockOrCreate(completion.nip(), target.code(), now);
            Integer old = current(line);
            if (old != null && (target.level() <= old || laterEvidenceStands(line, day))) {
                continue;
            }
            Instant changedAt = clock.instant(); // under the lock: the history's order is the order of the changes
            line.set(new CompetencyLevel.Evidence(target.level(), LevelSource.COURSE, completion.enrollmentId(),
                    completion.courseId(), completion.courseTitle(), day), changedAt);
            recordChange(line, old, cause, null, changedAt, COMPLETION_CONSUMER);
        }
        return EffectOutcome.APPLIED;
    }

    /** An assessment or manual level dated on or after the completion's day outweighs it. */
    private static boolean laterEvidenceStands(CompetencyLevel line, LocalDate completedOn) {
        return line.source() != LevelSource.COURSE && !completedOn.isAfter(line.obtainedOn());
    }

    /**
     * Records an evaluator's assessment and sets the line to its level (possibly lower: then a reason is required),
     * unless the line rests on evidence dated after the assessment, which stands (the assessment is kept, not applied).
     * 404 for a person evaluation does not know; 400 naming the field for an unknown or deactivated competency, a
     * date after today (agency zone) or a missing reason. Safe to retry with an {@code Idempotency-Key}.
     */
    @Transactional
    public Created<AssessmentDetails> recordAssessment(String nip, AssessmentInput input, String idempotencyKey) {
        access.requireReadable(nip);
        requireActiveCompetency(input.competencyCode());
        LocalDate today = today();
        LocalDate assessedOn = input.assessedOn() == null ? today : input.assessedOn();
        requireNotFuture("assessedOn", assessedOn, today);
        AssessmentInput canonical = new AssessmentInput(input.competencyCode(), input.level(), input.method(),
                input.evidenceNote(), assessedOn, input.reason());
        return idempotency.createOnce("competency-assessments", idempotencyKey, List.of(nip, canonical), () -> {
            CompetencyLevel line = levels.lockOrCreate(nip, canonical.competencyCode(), clock.instant());
            Instant now = clock.instant(); // under the lock: the history's order is the order of the changes
            Integer old = current(line);
            // Evidence dated after the assessment (a later course, a later assessment) stands; the assessment is
            // kept, as what was found on its day, but does not move the level: the same result in any order.
            boolean applies = old == null || !assessedOn.isBefore(line.obtainedOn());
            if (applies) {
                requireReasonWhenLowering(old, canonical.level(), canonical.reason());
            }
            CompetencyAssessment assessment = new CompetencyAssessment(nip, canonical.competencyCode(),
                    canonical.level(), canonical.method(), canonical.evidenceNote(), assessedOn, canonical.reason(),
                    old, applies, now, user.subject());
            assessments.persist(assessment);
            if (applies) {
                line.set(new CompetencyLevel.Evidence(canonical.level(), LevelSource.ASSESSMENT, assessment.id(),
                        null, null, assessedOn), now);
                recordChange(line, old, new Cause(CauseType.REQUEST, assessment.id(), RECORD_ASSESSMENT,
                        assessment.id()), canonical.reason(), now, user.subject());
            }
            return Created.of(assessment.id(), AssessmentDetails.of(assessment));
        }, id -> AssessmentDetails.of(assessments.findById(id)));
    }

    /**
     * An admin enters a level by hand (records from before the platform, corrections), with a reason: source MANUAL.
     * A line that exists needs the client's {@code If-Match} (428 without, 412 when stale); a new one does not.
     *
     * @return the line and whether it was created
     */
    @Transactional
    public ManualEntry setLevel(String nip, String competencyCode, ManualInput input, String ifMatch) {
        access.requireReadable(nip);
        requireActiveCompetency(competencyCode);
        LocalDate today = today();
        LocalDate obtainedOn = input.obtainedOn() == null ? today : input.obtainedOn();
        requireNotFuture("obtainedOn", obtainedOn, today);
        CompetencyLevel line = levels.lockOrCreate(nip, competencyCode, clock.instant());
        Instant now = clock.instant(); // under the lock: the history's order is the order of the changes
        Integer old = current(line);
        if (old != null) {
            VersionPrecondition.fromIfMatch(ifMatch).check(line.version());
        }
        String entryId = UUID.randomUUID().toString();
        line.set(new CompetencyLevel.Evidence(input.level(), LevelSource.MANUAL, entryId, null, null, obtainedOn), now);
        recordChange(line, old, new Cause(CauseType.REQUEST, entryId, SET_LEVEL, entryId), input.reason(), now,
                user.subject());
        levels.flush(); // the new version, for the ETag
        return new ManualEntry(lineDetails(line, catalog.competency(competencyCode).orElse(null)), old == null);
    }

    /** The person's profile: who they are (as far as evaluation knows) and every line, by competency code. */
    @Transactional
    public ProfileDetails profile(String nip) {
        access.requireReadable(nip);
        List<CompetencyLevel> lines = levels.ofEmployee(nip);
        Map<String, CompetencyReplica> names = catalog.competencies(
                lines.stream().map(CompetencyLevel::competencyCode).toList());
        return new ProfileDetails(employee(nip),
                lines.stream().map(line -> lineDetails(line, names.get(line.competencyCode()))).toList());
    }

    /** One line of the person's profile; 404 when the person has no level in the competency. */
    @Transactional
    public LineDetails line(String nip, String competencyCode) {
        access.requireReadable(nip);
        CompetencyLevel line = levels.findByIdOptional(new CompetencyLevel.Key(nip, competencyCode))
                .orElseThrow(() -> new NotFoundProblem(LINE, nip + "/" + competencyCode));
        return lineDetails(line, catalog.competency(competencyCode).orElse(null));
    }

    /** The person's changes, optionally of one competency, newest first. */
    @Transactional
    public PageResponse<CompetencyLevelChange> history(String nip, String competencyCode, PageRequest page) {
        access.requireReadable(nip);
        return PageResponse.of(changes.ofEmployee(nip, competencyCode), page, change -> change);
    }

    /** The person's assessments, newest first. */
    @Transactional
    public PageResponse<AssessmentDetails> assessments(String nip, PageRequest page) {
        access.requireReadable(nip);
        return PageResponse.of(assessments.ofEmployee(nip), page, AssessmentDetails::of);
    }

    /** One assessment of the person; 404 for another person's id. */
    @Transactional
    public AssessmentDetails assessment(String nip, String id) {
        access.requireReadable(nip);
        CompetencyAssessment assessment = assessments.findByIdOptional(id)
                .filter(found -> found.nip().equals(nip))
                .orElseThrow(() -> new NotFoundProblem(ASSESSMENT, id));
        return AssessmentDetails.of(assessment);
    }

    /** Writes the history row and the event of a line that just changed, in the caller's transaction. */
    private void recordChange(CompetencyLevel line, Integer oldLevel, Cause cause, String reason, Instant now,
            String changedBy) {
        CompetencyLevelChange change = new CompetencyLevelChange(line.nip(), line.competencyCode(), oldLevel,
                line.level(), line.source(), cause, reason, line.obtainedOn(), now, changedBy);
        changes.persist(change);
        outbox.publish(new CompetencyProfileUpdated(line.nip(), line.competencyCode(), oldLevel, line.level(),
                line.source().name(), new CompetencyProfileUpdated.Cause(cause.type().name(), cause.id(),
                        cause.name(), cause.reference()), line.obtainedOn(), change.id(), change.changedAt()));
    }

    /** The line's level, or null for a line {@link CompetencyLevelRepository#lockOrCreate} has just created. */
    private static Integer current(CompetencyLevel line) {
        return line.level() == CompetencyLevelRepository.NEW_LINE ? null : line.level();
    }

    private void requireActiveCompetency(String code) {
        if (catalog.competency(code).filter(CompetencyReplica::active).isEmpty()) {
            throw new InvalidInputProblem("competencyCode", "validation.profile.competency-unknown", code);
        }
    }

    private static void requireNotFuture(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new InvalidInputProblem(field, "validation.profile.date-future", today.toString());
        }
    }

    private static void requireReasonWhenLowering(Integer old, int level, String reason) {
        if (old != null && level < old && (reason == null || reason.isBlank())) {
            throw new InvalidInputProblem("reason", "validation.profile.reason-required", old);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(agency.zone()));
    }

    /** Who the person is: the replica's record, else what their latest completion said, else only the NIP. */
    private EmployeeSummary employee(String nip) {
        Employee employee = employees.findById(nip);
        if (employee != null) {
            return new EmployeeSummary(nip, employee.name(), employee.unitCode(), employee.positionCode(),
                    employee.positionName(), employee.active());
        }
        return completions.latestOfEmployee(nip)
                .map(latest -> new EmployeeSummary(nip, null, latest.unitCode(), latest.positionCode(),
                        latest.positionName(), null))
                .orElse(new EmployeeSummary(nip, null, null, null, null, null));
    }

    private static LineDetails lineDetails(CompetencyLevel line, CompetencyReplica competency) {
        return new LineDetails(line.competencyCode(), competency, line.level(), line.source(), line.courseId(),
                line.courseTitle(), line.sourceReference(), line.obtainedOn(), line.updatedAt(), line.version());
    }

    /** What an evaluator found; {@code assessedOn} null means today (agency zone). */
    public record AssessmentInput(String competencyCode, int level, AssessmentMethod method, String evidenceNote,
            LocalDate assessedOn, String reason) {
    }

    /** An admin's manual entry; {@code obtainedOn} null means today (agency zone). */
    public record ManualInput(int level, String reason, LocalDate obtainedOn) {
    }

    /** The person as far as evaluation knows them; null parts are unknown. */
    public record EmployeeSummary(String nip, String name, String unitCode, String positionCode, String positionName,
            Boolean active) {
    }

    /** One profile line with its competency from the catalogue replica (null until the replica has it). */
    public record LineDetails(String competencyCode, CompetencyReplica competency, int level, LevelSource source,
            String courseId, String courseTitle, String reference, LocalDate obtainedOn, Instant updatedAt,
            long version) {
    }

    public record ProfileDetails(EmployeeSummary employee, List<LineDetails> competencies) {
    }

    public record ManualEntry(LineDetails line, boolean created) {
    }

    public record AssessmentDetails(String id, String nip, String competencyCode, int level, AssessmentMethod method,
            String evidenceNote, LocalDate assessedOn, String reason, Integer previousLevel, boolean applied,
            Instant recordedAt, String recordedBy) {

        static AssessmentDetails of(CompetencyAssessment assessment) {
            return new AssessmentDetails(assessment.id(), assessment.nip(), assessment.competencyCode(),
                    assessment.level(), assessment.method(), assessment.evidenceNote(), assessment.assessedOn(),
                    assessment.reason(), assessment.previousLevel(), assessment.applied(), assessment.recordedAt(),
                    assessment.recordedBy());
        }
    }
}
