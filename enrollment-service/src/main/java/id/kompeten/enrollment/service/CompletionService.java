package id.kompeten.enrollment.service;

import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.CourseReplica;
import id.kompeten.catalogreplica.ProviderReplica;
import id.kompeten.catalogreplica.SessionReplica;
import id.kompeten.catalogreplica.SessionWithCourse;
import id.kompeten.contracts.catalog.SessionStatus;
import id.kompeten.contracts.enrollment.AttendanceStatus;
import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.contracts.enrollment.CourseFailed;
import id.kompeten.enrollment.domain.AssessmentKind;
import id.kompeten.enrollment.domain.AssessmentRepository;
import id.kompeten.enrollment.domain.AttendanceRepository;
import id.kompeten.enrollment.domain.CertificateNumber;
import id.kompeten.enrollment.domain.Completion;
import id.kompeten.enrollment.domain.CompletionRepository;
import id.kompeten.enrollment.domain.CompletionRule;
import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.enrollment.domain.EnrollmentLocks;
import id.kompeten.enrollment.domain.Participant;
import id.kompeten.enrollment.domain.ParticipantRepository;
import id.kompeten.enrollment.domain.PassRules;
import id.kompeten.enrollment.domain.SessionClosure;
import id.kompeten.enrollment.domain.SessionClosureRepository;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.messaging.OutboxWriter;
import id.kompeten.platform.security.CurrentUser;
import id.kompeten.platform.runtime.AgencyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides enrollments: a session's close decides every CONFIRMED participant by the course's pass rules
 * (CompletionRule), and an admin may decide a single one with a reason. A decision is a completion row keyed by the
 * enrollment, written with its event in one transaction, so each enrollment is decided and announced once.
 */
@ApplicationScoped
public class CompletionService {

    static final String ENROLLMENT = "Enrollment";
    static final String NOT_OVER = "problem.session.not-over.detail";
    static final String CANCELLED = "problem.session.cancelled.detail";

    private final SessionResultsService sessions;
    private final CatalogReplica catalog;
    private final EnrollmentLocks locks;
    private final AttendanceRepository attendance;
    private final AssessmentRepository assessments;
    private final CompletionRepository completions;
    private final SessionClosureRepository closures;
    private final ParticipantRepository participants;
    private final OutboxWriter outbox;
    private final CurrentUser user;
    private final AgencyConfig agency;
    private final Clock clock;

    CompletionService(SessionResultsService sessions, CatalogReplica catalog, EnrollmentLocks locks,
            AttendanceRepository attendance, AssessmentRepository assessments, CompletionRepository completions,
            SessionClosureRepository closures, ParticipantRepository participants, OutboxWriter outbox,
            CurrentUser user, AgencyConfig agency, Clock clock) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.locks = locks;
        this.attendance = attendance;
        this.assessments = assessments;
        this.completions = completions;
        this.closures = closures;
        this.participants = participants;
        this.outbox = outbox;
        this.user = user;
        this.agency = agency;
        this.clock = clock;
    }

    /**
     * Closes the session: decides every CONFIRMED participant, gives each completion a certificate number and
     * publishes one CourseCompleted or CourseFailed each. A session already closed (a retry, or a close racing this
     * one) is answered with that close's decisions and nothing changes. 404 unknown session, 409 cancelled or before
     * its last day (agency's zone).
     */
    @Transactional
    public SessionClosed close(String sessionId) {
        SessionWithCourse run = sessions.requireSession(sessionId);
        SessionReplica session = run.session();
        if (session.status() == SessionStatus.CANCELLED) {
            throw new ConflictProblem(CANCELLED, sessionId);
        }
        LocalDate today = LocalDate.now(clock.withZone(agency.zone()));
        if (today.isBefore(session.endDate())) {
            throw new ConflictProblem(NOT_OVER, sessionId, session.endDate().toString());
        }
        Instant now = Instant.now(clock);
        String by = by();
        // The claim is the database fact behind "a close decides once": a second close waits here for the first to
        // commit and then finds the row.
        if (!closures.claim(sessionId, now, by)) {
            // Read as committed: this transaction's snapshot may predate the close that won.
            return closed(closures.findCurrent(sessionId).orElseThrow(), false);
        }
        List<Enrollment> confirmed = locks.confirmedOfSession(sessionId);
        Decider decider = decider(run, confirmed);
        int completed = 0;
        for (Enrollment enrollment : confirmed) {
            Results results = decider.results(enrollment);
            CompletionRule.Decision decision = CompletionRule.decide(decider.rules, decider.days.size(),
                    results.daysPresent, results.post);
            if (decision.completed()) {
                decider.complete(enrollment, decision.attendancePercent(), results, null, false, now, by);
                completed++;
            } else {
                List<String> shortfalls = decision.shortfalls().stream().map(Enum::name).toList();
                decider.fail(enrollment, decision.attendancePercent(), results, shortfalls, null, false, now, by);
            }
        }
        completions.flush();
        SessionClosure closure = closures.findById(sessionId);
        closure.decided(completed, confirmed.size() - completed);
        closures.flush();
        return closed(closure, true);
    }

    /** An admin completes one CONFIRMED enrollment by hand, with a reason. 404, 412/428, 409 when not CONFIRMED. */
    @Transactional
    public EnrollmentDecision complete(String enrollmentId, String reason, VersionPrecondition precondition) {
        return decideByHand(enrollmentId, reason, precondition, true);
    }

    /** An admin fails one CONFIRMED enrollment by hand, with a reason. 404, 412/428, 409 when not CONFIRMED. */
    @Transactional
    public EnrollmentDecision fail(String enrollmentId, String reason, VersionPrecondition precondition) {
        return decideByHand(enrollmentId, reason, precondition, false);
    }

    private EnrollmentDecision decideByHand(String enrollmentId, String reason, VersionPrecondition precondition,
            boolean complete) {
        Enrollment enrollment = locks.byId(enrollmentId)
                .orElseThrow(() -> new NotFoundProblem(ENROLLMENT, enrollmentId));
        precondition.check(enrollment.version());
        SessionWithCourse run = sessions.requireSession(enrollment.sessionId());
        Decider decider = decider(run, List.of(enrollment));
        Results results = decider.results(enrollment);
        BigDecimal percent = CompletionRule.decide(decider.rules, decider.days.size(), results.daysPresent,
                results.post).attendancePercent();
        Instant now = Instant.now(clock);
        String by = by();
        Completion completion = complete
                ? decider.complete(enrollment, percent, results, reason, true, now, by)
                : decider.fail(enrollment, percent, results, List.of(), reason, true, now, by);
        completions.flush();
        return new EnrollmentDecision(enrollment.id(), enrollment.nip(), enrollment.sessionId(),
                completion.outcome().name(), reason, percent, results.pre, results.post,
                completion.certificateNumber(), completion.decidedAt(), by, enrollment.version());
    }

    private SessionClosed closed(SessionClosure closure, boolean now) {
        List<SessionClosed.Decision> decisions = completions.ofSessionCurrent(closure.sessionId()).stream()
                .filter(completion -> !completion.manual())
                .map(completion -> new SessionClosed.Decision(completion.enrollmentId(), completion.nip(),
                        completion.outcome().name(), completion.reasons() == null ? List.of()
                                : List.of(completion.reasons().split(",")), completion.certificateNumber()))
                .toList();
        return new SessionClosed(closure.sessionId(), closure.closedAt(), closure.closedBy(), now,
                closure.completed(), closure.failed(), decisions);
    }

    private Decider decider(SessionWithCourse run, List<Enrollment> enrollments) {
        List<String> ids = enrollments.stream().map(Enrollment::id).toList();
        Map<String, Participant> people = participants.list("nip in ?1",
                enrollments.stream().map(Enrollment::nip).distinct().toList()).stream()
                .collect(Collectors.toMap(Participant::nip, Function.identity()));
        ProviderReplica provider = catalog.provider(run.course().providerId()).orElse(null);
        return new Decider(run.session(), run.course(), provider, SessionResultsService.days(run.session()),
                attendance.currentOf(ids), assessments.currentOf(ids), people);
    }

    private String by() {
        return user.nip().orElse(user.subject());
    }

    /** What was recorded for one enrollment. */
    private record Results(int daysPresent, Integer pre, Integer post) {
    }

    /** Decides enrollments of one session from results read under lock, and records and announces the decisions. */
    private final class Decider {

        private final SessionReplica session;
        private final CourseReplica course;
        private final ProviderReplica provider;
        private final Set<LocalDate> days;
        private final Map<String, Map<LocalDate, AttendanceStatus>> attendance;
        private final Map<String, Map<AssessmentKind, Integer>> scores;
        private final Map<String, Participant> people;
        private final PassRules rules;

        Decider(SessionReplica session, CourseReplica course, ProviderReplica provider, Set<LocalDate> days,
                Map<String, Map<LocalDate, AttendanceStatus>> attendance,
                Map<String, Map<AssessmentKind, Integer>> scores, Map<String, Participant> people) {
            this.session = session;
            this.course = course;
            this.provider = provider;
            this.days = days;
            this.attendance = attendance;
            this.scores = scores;
            this.people = people;
            this.rules = PassRules.of(course.minAttendancePercent(), course.minPostTestScore());
        }

        Results results(Enrollment enrollment) {
            Map<LocalDate, AttendanceStatus> recorded = attendance.getOrDefault(enrollment.id(), Map.of());
            int present = (int) recorded.entrySet().stream()
                    .filter(day -> days.contains(day.getKey()) && day.getValue() == AttendanceStatus.PRESENT)
                    .count();
            Map<AssessmentKind, Integer> scored = scores.getOrDefault(enrollment.id(), Map.of());
            return new Results(present, scored.get(AssessmentKind.PRE), scored.get(AssessmentKind.POST));
        }

        Completion complete(Enrollment enrollment, BigDecimal percent, Results results, String reason,
                boolean manual, Instant now, String by) {
            enrollment.complete(now, by);
            // 80 random bits: a clash with an existing number is practically impossible; the unique index would
            // refuse it and the request fail rather than issue one number twice.
            CertificateNumber certificate = CertificateNumber.generate(session.endDate().getYear());
            Completion completion = Completion.completed(person(enrollment), courseRun(),
                    new Completion.Results(percent, results.pre, results.post), certificate, reason, manual, now, by);
            completions.persist(completion);
            Participant participant = people.get(enrollment.nip());
            outbox.publish(new CourseCompleted(enrollment.id(), enrollment.nip(), enrollment.unitCode(),
                    enrollment.positionCode(), enrollment.positionName(),
                    participant == null ? null : participant.supervisorNip(), course.id(), session.id(),
                    course.title(), course.providerId(), provider == null ? null : provider.name(),
                    course.competencies().stream()
                            .sorted(Comparator.comparing(competency -> competency.code()))
                            .map(competency -> new CourseCompleted.CompetencyTarget(competency.code(),
                                    competency.level()))
                            .toList(),
                    course.jp(), results.pre, results.post, percent, session.startDate(), session.endDate(),
                    completion.decidedAt(), certificate.value(), manual));
            return completion;
        }

        Completion fail(Enrollment enrollment, BigDecimal percent, Results results, List<String> shortfalls,
                String reason, boolean manual, Instant now, String by) {
            String reasons = reason != null ? reason : String.join(",", shortfalls);
            enrollment.fail(now, by, reasons);
            Completion completion = Completion.failed(person(enrollment), courseRun(),
                    new Completion.Results(percent, results.pre, results.post), reasons, manual, now, by);
            completions.persist(completion);
            outbox.publish(new CourseFailed(enrollment.id(), enrollment.nip(), enrollment.unitCode(),
                    enrollment.positionCode(), course.id(), session.id(), course.title(), shortfalls, reason,
                    results.pre, results.post, percent, session.endDate(), completion.decidedAt(), manual));
            return completion;
        }

        private Completion.Person person(Enrollment enrollment) {
            Participant participant = people.get(enrollment.nip());
            // The register always holds an enrolled person; the number stands in should a record ever be missing.
            String name = participant == null ? enrollment.nip() : participant.name();
            return new Completion.Person(enrollment.id(), enrollment.nip(), name, enrollment.unitCode(),
                    enrollment.positionCode(), enrollment.positionName());
        }

        private Completion.CourseRun courseRun() {
            return new Completion.CourseRun(session.id(), course.id(), course.title(), course.providerId(),
                    provider == null ? null : provider.name(), course.jp(), session.startDate(), session.endDate());
        }
    }
}
