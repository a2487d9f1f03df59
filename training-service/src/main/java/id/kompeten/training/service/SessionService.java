package id.kompeten.training.service;

import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.catalog.CourseStatus;
import id.kompeten.contracts.catalog.SessionCancelled;
import id.kompeten.contracts.catalog.SessionCompleted;
import id.kompeten.contracts.catalog.SessionOpened;
import id.kompeten.contracts.catalog.SessionScheduled;
import id.kompeten.contracts.catalog.SessionSnapshot;
import id.kompeten.contracts.catalog.SessionStatus;
import id.kompeten.contracts.catalog.SessionUpdated;
import id.kompeten.contracts.enrollment.SeatsChanged;
import id.kompeten.platform.api.Created;
import id.kompeten.platform.api.IdempotencyKeys;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.error.ApiProblem.FieldError;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.error.UniqueKeys;
import id.kompeten.platform.messaging.EffectOutcome;
import id.kompeten.platform.messaging.OutboxWriter;
import id.kompeten.platform.messaging.PoisonEventException;
import id.kompeten.training.domain.Course;
import id.kompeten.training.domain.CourseRepository;
import id.kompeten.training.domain.CourseSession;
import id.kompeten.training.domain.CourseSessionRepository;
import id.kompeten.training.domain.SessionPlan;
import id.kompeten.training.domain.SessionRules;
import id.kompeten.training.domain.SessionSearch;
import id.kompeten.training.domain.SessionSearchResult;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sessions (angkatan) of published courses: scheduling, changes of plan and the lifecycle, each stored and announced on
 * the catalogue topic in one transaction; the seats taken as enrollment counts them; and the catalogue's session
 * search. DRAFT sessions are seen by catalogue managers and admins only. Changes whose rules depend on the course
 * (schedule, update, open) lock the course row first, as course changes do
 * ({@link CourseRepository#findByIdForUpdate}); the course's version stays as it is. A seat count locks only the
 * session's row.
 */
@ApplicationScoped
public class SessionService {

    static final String RESOURCE = "Session";
    static final String COURSE = "Course";
    private static final String CODE_TAKEN = "problem.session.code-taken.detail";
    private static final String CODE_INDEX = "uk_session_code";
    private static final Map<String, String> SORTABLE = Map.of(
            "startDate", SessionSearch.SortField.START_DATE.name(),
            "endDate", SessionSearch.SortField.END_DATE.name(),
            "code", SessionSearch.SortField.CODE.name(),
            "capacity", SessionSearch.SortField.CAPACITY.name());

    private final CourseSessionRepository sessions;
    private final CourseRepository courses;
    private final OutboxWriter outbox;
    private final IdempotencyKeys idempotency;
    private final CatalogueAccess access;
    private final Clock clock;

    SessionService(CourseSessionRepository sessions, CourseRepository courses, OutboxWriter outbox,
            IdempotencyKeys idempotency, CatalogueAccess access, Clock clock) {
        this.sessions = sessions;
        this.courses = courses;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Schedules a DRAFT session of a published course; publishes SessionScheduled. 404 for an unknown course, 409
     * when it is not published or the code is taken, 400 with every broken {@link SessionRules} rule.
     */
    @Transactional
    public Created<SessionDetails> schedule(String courseId, SessionPlan plan, String idempotencyKey) {
        return idempotency.createOnce("courses/" + courseId + "/sessions", idempotencyKey, plan,
                () -> {
                    Course course = requireCourseForUpdate(courseId);
                    if (!course.isPublished()) {
                        throw new ConflictProblem("problem.session.course-not-published.detail", course.code(),
                                course.status());
                    }
                    check(plan, course, 0);
                    if (sessions.findByCode(plan.code()).isPresent()) {
                        throw new ConflictProblem(CODE_TAKEN, plan.code());
                    }
                    CourseSession session = CourseSession.schedule(course.id(), plan, now());
                    sessions.persist(session);
                    flushCheckingCode(plan.code());
                    outbox.publish(new SessionScheduled(session.snapshot()));
                    return Created.of(session.id(), SessionDetails.of(session, course, access));
                }, existing -> details(require(existing)));
    }

    /**
     * Replaces the plan (the code stays); publishes SessionUpdated when something changed. Re-checks the rules against
     * the course, capacity included against the seats already taken. 409 once the session is completed or cancelled.
     */
    @Transactional
    public SessionDetails update(String id, SessionPlan changes, VersionPrecondition precondition) {
        CourseSession session = require(id);
        Course course = courseForUpdate(session);
        precondition.check(session.version());
        session.requireChangeable();
        SessionPlan plan = changes.withCode(session.code());
        check(plan, course, session.seatsTaken());
        if (session.change(plan, now())) {
            publish(session, SessionUpdated::new);
        }
        return SessionDetails.of(session, course, access);
    }

    /** DRAFT → OPEN (FULL if no seat is free); publishes SessionOpened. The course must still be published. */
    @Transactional
    public SessionDetails open(String id, VersionPrecondition precondition) {
        CourseSession session = require(id);
        Course course = courseForUpdate(session);
        precondition.check(session.version());
        if (session.status() == SessionStatus.DRAFT && !course.isPublished()) {
            throw new ConflictProblem("problem.session.course-not-published.detail", course.code(), course.status());
        }
        session.open(now());
        publish(session, SessionOpened::new);
        return SessionDetails.of(session, course, access);
    }

    /** OPEN/FULL → RUNNING; publishes SessionUpdated. Explicit for now: a scheduler could do it on the first day. */
    @Transactional
    public SessionDetails start(String id, VersionPrecondition precondition) {
        CourseSession session = require(id);
        precondition.check(session.version());
        session.start(now());
        publish(session, SessionUpdated::new);
        return details(session);
    }

    /** RUNNING → COMPLETED; publishes SessionCompleted, on which enrollment decides completion. */
    @Transactional
    public SessionDetails complete(String id, VersionPrecondition precondition) {
        CourseSession session = require(id);
        precondition.check(session.version());
        session.complete(now());
        publish(session, SessionCompleted::new);
        return details(session);
    }

    /** Any state before COMPLETED → CANCELLED with the reason; publishes SessionCancelled. */
    @Transactional
    public SessionDetails cancel(String id, String reason, VersionPrecondition precondition) {
        CourseSession session = require(id);
        precondition.check(session.version());
        session.cancel(reason, now());
        publish(session, SessionCancelled::new);
        return details(session);
    }

    /**
     * Takes enrollment's seat count of a session ({@code SeatsChanged} on {@code enrollment.events}; there is no
     * endpoint, enrollment owns seat accounting): seats taken, OPEN ⇄ FULL following them, and a SessionUpdated when
     * that changed anything. A count no newer than the last one taken ({@code version}) is {@code IGNORED}, so late,
     * repeated and replayed counts change nothing; a newer one is {@code APPLIED}, even with the same seats (its
     * version is kept, the session's own version and ETag stay). The session's row is locked first, so two deliveries
     * of one session's counts are applied one after the other.
     *
     * @throws PoisonEventException for a session this service does not have (enrollment learns of sessions from this
     *                              service's events, so retrying cannot help: the record goes to the dead-letter
     *                              topic for an operator) or an impossible count
     */
    @Transactional
    public EffectOutcome takeSeatCount(SeatsChanged seats) {
        if (seats.sessionId() == null || seats.seatsTaken() < 0 || seats.version() < 0) {
            throw new PoisonEventException("SeatsChanged needs a session id, seats taken and a version of at least 0: "
                    + seats);
        }
        CourseSession session = sessions.findByIdForUpdate(seats.sessionId())
                .orElseThrow(() -> new PoisonEventException("SeatsChanged for session " + seats.sessionId()
                        + ", which training-service does not have"));
        return switch (session.countSeats(seats.seatsTaken(), seats.version(), now())) {
            case OLDER -> EffectOutcome.IGNORED;
            case SAME_SEATS -> EffectOutcome.APPLIED;
            case CHANGED -> {
                publish(session, SessionUpdated::new);
                yield EffectOutcome.APPLIED;
            }
        };
    }

    /** One session; a DRAFT is not found unless the caller may see drafts. */
    public SessionDetails get(String id) {
        CourseSession session = require(id);
        if (session.status() == SessionStatus.DRAFT && !access.seesDrafts()) {
            throw new NotFoundProblem(RESOURCE, id);
        }
        return details(session);
    }

    /**
     * The sessions of a course the caller may see, by start date unless {@code page} sorts otherwise. Like the course
     * itself, a DRAFT course is not found unless the caller may see drafts.
     */
    public PageResponse<SessionDetails> listOfCourse(String courseId, PageRequest page) {
        Course course = requireCourse(courseId);
        if (course.status() == CourseStatus.DRAFT && !access.seesDrafts()) {
            throw new NotFoundProblem(COURSE, courseId);
        }
        SessionSearch search = new SessionSearch(null, null, null, visibleStatuses(Set.of()), null, courseId, null,
                order(page));
        return page(search, page);
    }

    /** The catalogue's session search; see {@link CourseSessionRepository#search} for how it runs. */
    public PageResponse<SessionDetails> search(SessionFilter filter, PageRequest page) {
        SessionSearch search = new SessionSearch(filter.from(), filter.to(), filter.region(),
                visibleStatuses(filter.statuses()), filter.competency(), filter.courseId(), filter.hasSeats(),
                order(page));
        return page(search, page);
    }

    private PageResponse<SessionDetails> page(SessionSearch search, PageRequest page) {
        SessionSearchResult result = sessions.search(search, page.page(), page.size());
        // The page's courses in one query, not one per session.
        Set<String> courseIds = result.sessions().stream().map(CourseSession::courseId).collect(Collectors.toSet());
        Map<String, Course> byId = courseIds.isEmpty()
                ? Map.of()
                : courses.list("id in ?1", courseIds).stream().collect(Collectors.toMap(Course::id, Function.identity()));
        List<SessionDetails> items = result.sessions().stream()
                .map(session -> SessionDetails.of(session, byId.get(session.courseId()), access))
                .toList();
        return new PageResponse<>(items, page.page(), page.size(), result.total());
    }

    /** The statuses asked for, or by default every status the caller may see; DRAFT only for catalogue roles. */
    private Set<SessionStatus> visibleStatuses(Set<SessionStatus> requested) {
        if (requested.contains(SessionStatus.DRAFT)) {
            access.requireSeesDrafts();
        }
        if (!requested.isEmpty()) {
            return requested;
        }
        return access.seesDrafts()
                ? EnumSet.allOf(SessionStatus.class)
                : EnumSet.complementOf(EnumSet.of(SessionStatus.DRAFT));
    }

    private static SessionSearch.Order order(PageRequest page) {
        Sort sort = page.toSort(SORTABLE, null);
        if (sort == null) {
            return SessionSearch.Order.DEFAULT;
        }
        Sort.Column column = sort.getColumns().get(0);
        return new SessionSearch.Order(SessionSearch.SortField.valueOf(column.getName()),
                column.getDirection() == Sort.Direction.Descending);
    }

    private static void check(SessionPlan plan, Course course, int seatsTaken) {
        List<FieldError> errors = SessionRules.check(plan, course.jp(), course.deliveryMode(), seatsTaken);
        if (!errors.isEmpty()) {
            throw new InvalidInputProblem(errors);
        }
    }

    private void publish(CourseSession session, Function<SessionSnapshot, ? extends DomainEvent> event) {
        // Flush now: the event must carry the version this change is stored with, and a racing update fails here.
        sessions.flush();
        outbox.publish(event.apply(session.snapshot()));
    }

    /** Flushes a new session; the unique code index catches another request that took the code since our check. */
    private void flushCheckingCode(String code) {
        UniqueKeys.writeOrConflict(CODE_INDEX, sessions::flush, () -> new ConflictProblem(CODE_TAKEN, code));
    }

    private CourseSession require(String id) {
        return sessions.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(RESOURCE, id));
    }

    private Course requireCourse(String courseId) {
        return courses.findByIdOptional(courseId).orElseThrow(() -> new NotFoundProblem(COURSE, courseId));
    }

    private Course requireCourseForUpdate(String courseId) {
        return courses.findByIdForUpdate(courseId).orElseThrow(() -> new NotFoundProblem(COURSE, courseId));
    }

    /** The session's course, its row locked: for changes whose rules depend on the course. */
    private Course courseForUpdate(CourseSession session) {
        return courses.findByIdForUpdate(session.courseId()).orElseThrow();
    }

    private SessionDetails details(CourseSession session) {
        return SessionDetails.of(session, courses.findById(session.courseId()), access);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
