package id.kompeten.enrollment.service;

import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.SessionDayReplica;
import id.kompeten.catalogreplica.SessionReplica;
import id.kompeten.catalogreplica.SessionWithCourse;
import id.kompeten.contracts.enrollment.AttendanceRecorded;
import id.kompeten.contracts.enrollment.AttendanceStatus;
import id.kompeten.enrollment.domain.Assessment;
import id.kompeten.enrollment.domain.AssessmentKind;
import id.kompeten.enrollment.domain.AssessmentRepository;
import id.kompeten.enrollment.domain.Attendance;
import id.kompeten.enrollment.domain.AttendanceRepository;
import id.kompeten.enrollment.domain.Completion;
import id.kompeten.enrollment.domain.EmployeeNumber;
import id.kompeten.enrollment.domain.CompletionRepository;
import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.enrollment.domain.EnrollmentLocks;
import id.kompeten.enrollment.domain.EnrollmentRepository;
import id.kompeten.enrollment.domain.EnrollmentStatus;
import id.kompeten.enrollment.domain.Participant;
import id.kompeten.enrollment.domain.ParticipantRepository;
import id.kompeten.enrollment.domain.SessionClosure;
import id.kompeten.enrollment.domain.SessionClosureRepository;
import id.kompeten.platform.error.ApiProblem.FieldError;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.messaging.OutboxWriter;
import id.kompeten.platform.security.AccessPolicy;
import id.kompeten.platform.security.AccessScope;
import id.kompeten.platform.security.CurrentUser;
import id.kompeten.platform.security.Owner;
import id.kompeten.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attendance per session day and PRE/POST scores per enrollment, for many participants in one request, and the
 * session's sheet. Only CONFIRMED enrollments take results, only on the session's days, and only until the session is
 * closed. A request is all or nothing: every faulty entry is reported at once and nothing is written.
 */
@ApplicationScoped
public class SessionResultsService {

    static final String SESSION = "Session";
    static final String SESSION_CLOSED = "problem.session.closed.detail";
    static final String NOT_ENROLLED = "validation.results.not-enrolled";
    static final String NOT_A_DAY = "validation.results.not-a-session-day";
    static final String REPEATED = "validation.results.repeated";
    /** Those who see every participant's results; others see those AccessPolicy gives them (unit, subordinates, own). */
    static final String[] SEE_ALL = {Roles.CATALOG_MANAGER};

    private final CatalogReplica catalog;
    private final EnrollmentLocks locks;
    private final EnrollmentRepository enrollments;
    private final AttendanceRepository attendance;
    private final AssessmentRepository assessments;
    private final CompletionRepository completions;
    private final SessionClosureRepository closures;
    private final ParticipantRepository participants;
    private final OutboxWriter outbox;
    private final AccessPolicy access;
    private final CurrentUser user;
    private final Clock clock;

    SessionResultsService(CatalogReplica catalog, EnrollmentLocks locks, EnrollmentRepository enrollments,
            AttendanceRepository attendance, AssessmentRepository assessments, CompletionRepository completions,
            SessionClosureRepository closures, ParticipantRepository participants, OutboxWriter outbox,
            AccessPolicy access, CurrentUser user, Clock clock) {
        this.catalog = catalog;
        this.locks = locks;
        this.enrollments = enrollments;
        this.attendance = attendance;
        this.assessments = assessments;
        this.completions = completions;
        this.closures = closures;
        this.participants = participants;
        this.outbox = outbox;
        this.access = access;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Sets the given days of the given participants (days not given stay as they are); publishes one
     * AttendanceRecorded per enrollment whose record changed. 404 unknown session, 409 closed, 400 every faulty entry.
     */
    @Transactional
    public SessionResults recordAttendance(String sessionId, List<AttendanceEntry> given) {
        List<AttendanceEntry> entries = given.stream()
                .map(entry -> new AttendanceEntry(EmployeeNumber.canonical(entry.nip()), entry.date(), entry.status()))
                .toList();
        SessionReplica session = requireSession(sessionId).session();
        Set<LocalDate> sessionDays = days(session);
        // The closure first (a shared lock a close waits for), then the people: the order a close takes them in.
        requireOpen(sessionId);
        Map<String, Enrollment> byNip = confirmed(sessionId, entries.stream().map(AttendanceEntry::nip).toList());
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry entry = entries.get(i);
            String field = "entries[" + i + "]";
            if (!byNip.containsKey(entry.nip())) {
                errors.add(new FieldError(field + ".nip", NOT_ENROLLED, entry.nip()));
            }
            if (!sessionDays.contains(entry.date())) {
                errors.add(new FieldError(field + ".date", NOT_A_DAY, entry.date(), list(sessionDays)));
            }
            Integer first = seen.putIfAbsent(entry.nip() + " " + entry.date(), i);
            if (first != null) {
                errors.add(new FieldError(field, REPEATED, first));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputProblem(errors);
        }
        Instant now = Instant.now(clock);
        String by = by();
        Map<String, Enrollment> byId = byNip.values().stream()
                .collect(Collectors.toMap(Enrollment::id, Function.identity()));
        Map<Attendance.Key, Attendance> recorded = attendance.ofEnrollments(byId.keySet()).stream()
                .collect(Collectors.toMap(day -> new Attendance.Key(day.enrollmentId(), day.dayDate()),
                        Function.identity()));
        Set<String> changed = new LinkedHashSet<>();
        for (AttendanceEntry entry : entries) {
            Enrollment enrollment = byNip.get(entry.nip());
            Attendance.Key key = new Attendance.Key(enrollment.id(), entry.date());
            Attendance day = recorded.get(key);
            if (day == null) {
                day = new Attendance(enrollment.id(), entry.date(), entry.status(), now, by);
                attendance.persist(day);
                recorded.put(key, day);
                changed.add(enrollment.id());
            } else if (day.record(entry.status(), now, by)) {
                changed.add(enrollment.id());
            }
        }
        for (String enrollmentId : changed) {
            Enrollment enrollment = byId.get(enrollmentId);
            List<AttendanceRecorded.Day> record = recorded.values().stream()
                    .filter(day -> day.enrollmentId().equals(enrollmentId))
                    .sorted(Comparator.comparing(Attendance::dayDate))
                    .map(day -> new AttendanceRecorded.Day(day.dayDate(), day.status()))
                    .toList();
            int present = (int) record.stream()
                    .filter(day -> day.status() == AttendanceStatus.PRESENT && sessionDays.contains(day.date()))
                    .count();
            outbox.publish(new AttendanceRecorded(enrollment.id(), enrollment.nip(), enrollment.unitCode(),
                    sessionId, enrollment.courseId(), sessionDays.size(), present, record, now));
        }
        attendance.flush();
        return results(session);
    }

    /** Sets the given PRE and POST scores (0-100). 404 unknown session, 409 closed, 400 every faulty entry. */
    @Transactional
    public SessionResults recordScores(String sessionId, List<ScoreEntry> given) {
        List<ScoreEntry> entries = given.stream()
                .map(entry -> new ScoreEntry(EmployeeNumber.canonical(entry.nip()), entry.kind(), entry.score()))
                .toList();
        SessionReplica session = requireSession(sessionId).session();
        requireOpen(sessionId);
        Map<String, Enrollment> byNip = confirmed(sessionId, entries.stream().map(ScoreEntry::nip).toList());
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ScoreEntry entry = entries.get(i);
            if (!byNip.containsKey(entry.nip())) {
                errors.add(new FieldError("entries[" + i + "].nip", NOT_ENROLLED, entry.nip()));
            }
            Integer first = seen.putIfAbsent(entry.nip() + " " + entry.kind(), i);
            if (first != null) {
                errors.add(new FieldError("entries[" + i + "]", REPEATED, first));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputProblem(errors);
        }
        Instant now = Instant.now(clock);
        String by = by();
        Map<String, Assessment> recorded = assessments.ofEnrollments(
                byNip.values().stream().map(Enrollment::id).toList()).stream()
                .collect(Collectors.toMap(score -> score.enrollmentId() + " " + score.kind(), Function.identity()));
        for (ScoreEntry entry : entries) {
            String enrollmentId = byNip.get(entry.nip()).id();
            Assessment score = recorded.get(enrollmentId + " " + entry.kind());
            if (score == null) {
                assessments.persist(new Assessment(enrollmentId, entry.kind(), entry.score(), now, by));
            } else {
                score.record(entry.score(), now, by);
            }
        }
        assessments.flush();
        return results(session);
    }

    /** The session's sheet, with the participants the caller may see. 404 unknown session. */
    @Transactional
    public SessionResults results(String sessionId) {
        SessionReplica session = requireSession(sessionId).session();
        return results(session);
    }

    private SessionResults results(SessionReplica session) {
        AccessScope scope = access.scope(SEE_ALL);
        List<Enrollment> rows = enrollments.ofSession(session.id(),
                List.of(EnrollmentStatus.CONFIRMED, EnrollmentStatus.COMPLETED, EnrollmentStatus.FAILED));
        if (!scope.isAll()) {
            Map<String, Participant> people = participants.list("nip in ?1",
                    rows.stream().map(Enrollment::nip).toList()).stream()
                    .collect(Collectors.toMap(Participant::nip, Function.identity()));
            rows = rows.stream().filter(row -> scope.includes(Owner.person(row.nip(), row.unitCode(),
                    people.containsKey(row.nip()) ? people.get(row.nip()).supervisorNip() : null)))
                    .toList();
        }
        List<String> ids = rows.stream().map(Enrollment::id).toList();
        Map<String, Map<LocalDate, AttendanceStatus>> days = new HashMap<>();
        attendance.ofEnrollments(ids).forEach(day -> days.computeIfAbsent(day.enrollmentId(), id -> new TreeMap<>())
                .put(day.dayDate(), day.status()));
        Map<String, Map<AssessmentKind, Integer>> scores = new HashMap<>();
        assessments.ofEnrollments(ids).forEach(score -> scores.computeIfAbsent(score.enrollmentId(),
                id -> new EnumMap<>(AssessmentKind.class)).put(score.kind(), score.score()));
        Map<String, Completion> decisions = completions.ofSession(session.id()).stream()
                .collect(Collectors.toMap(Completion::enrollmentId, Function.identity()));
        Set<LocalDate> sessionDays = days(session);
        List<SessionResults.Participant> sheet = rows.stream()
                .sorted(Comparator.comparing(Enrollment::nip))
                .map(row -> {
                    Map<LocalDate, AttendanceStatus> recorded = days.getOrDefault(row.id(), Map.of());
                    Map<AssessmentKind, Integer> scored = scores.getOrDefault(row.id(), Map.of());
                    Completion decision = decisions.get(row.id());
                    int present = (int) recorded.entrySet().stream().filter(day -> sessionDays.contains(day.getKey())
                            && day.getValue() == AttendanceStatus.PRESENT).count();
                    return new SessionResults.Participant(row.id(), row.nip(), row.unitCode(), row.status(),
                            new LinkedHashMap<>(recorded), present, scored.get(AssessmentKind.PRE),
                            scored.get(AssessmentKind.POST), decision == null ? null : decision.outcome(),
                            decision == null ? null : decision.reasons(),
                            decision == null ? null : decision.certificateNumber());
                })
                .toList();
        Instant closedAt = closures.findByIdOptional(session.id()).map(SessionClosure::closedAt).orElse(null);
        return new SessionResults(session.id(), List.copyOf(sessionDays), closedAt, sheet);
    }

    /** The session and its course from the replica; 404 when the replica does not hold the session. */
    SessionWithCourse requireSession(String sessionId) {
        return catalog.sessionWithCourse(sessionId).orElseThrow(() -> new NotFoundProblem(SESSION, sessionId));
    }

    /** 409 when the session is closed, under a shared lock that a starting close waits for. */
    private void requireOpen(String sessionId) {
        SessionClosure closure = closures.findCurrent(sessionId).orElse(null);
        if (closure != null) {
            throw new ConflictProblem(SESSION_CLOSED, sessionId, closure.closedAt().toString());
        }
    }

    /** The CONFIRMED enrollments of these people in the session, locked, by NIP. */
    private Map<String, Enrollment> confirmed(String sessionId, List<String> nips) {
        return locks.activeOfPeople(sessionId, new HashSet<>(nips)).stream()
                .filter(enrollment -> enrollment.status() == EnrollmentStatus.CONFIRMED)
                .collect(Collectors.toMap(Enrollment::nip, Function.identity()));
    }

    static Set<LocalDate> days(SessionReplica session) {
        return session.days().stream().map(SessionDayReplica::date)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String list(Set<LocalDate> days) {
        return days.stream().map(DateTimeFormatter.ISO_LOCAL_DATE::format).collect(Collectors.joining(", "));
    }

    private String by() {
        return user.nip().orElse(user.subject());
    }
}
