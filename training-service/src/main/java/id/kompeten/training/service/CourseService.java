package id.kompeten.training.service;

import id.kompeten.contracts.catalog.CourseArchived;
import id.kompeten.contracts.catalog.CoursePublished;
import id.kompeten.contracts.catalog.CourseStatus;
import id.kompeten.contracts.catalog.CourseUpdated;
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
import id.kompeten.platform.messaging.OutboxWriter;
import id.kompeten.training.domain.Competency;
import id.kompeten.training.domain.CompetencyRepository;
import id.kompeten.training.domain.Course;
import id.kompeten.training.domain.CourseDefinition;
import id.kompeten.training.domain.CourseRepository;
import id.kompeten.training.domain.CourseSearch;
import id.kompeten.training.domain.CourseSearchResult;
import id.kompeten.training.domain.CourseSessionRepository;
import id.kompeten.training.domain.Provider;
import id.kompeten.training.domain.ProviderRepository;
import id.kompeten.platform.runtime.AgencyConfig;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Courses of the catalogue: drafts are created and changed quietly; publishing, changes of a published course and
 * archiving it are each stored and announced on the catalogue topic in one transaction. Drafts (and, in search,
 * archived courses) are seen by catalogue managers and admins only. Every change locks the course row first
 * ({@link CourseRepository#findByIdForUpdate}), as session changes whose rules depend on the course do, so a check of
 * the course's sessions here and a check of the course there cannot both pass on a state the other is changing.
 */
@ApplicationScoped
public class CourseService {

    static final String RESOURCE = "Course";
    static final String CODE_TAKEN = "problem.course.code-taken.detail";
    static final String CODE_INDEX = "uk_course_code";
    private static final Map<String, String> SORTABLE = Map.of(
            "title", CourseSearch.SortField.TITLE.name(),
            "code", CourseSearch.SortField.CODE.name(),
            "jp", CourseSearch.SortField.JP.name(),
            "publishedAt", CourseSearch.SortField.PUBLISHED_AT.name(),
            "updatedAt", CourseSearch.SortField.UPDATED_AT.name());

    private final CourseRepository courses;
    private final CompetencyRepository competencies;
    private final ProviderRepository providers;
    private final CourseSessionRepository sessions;
    private final OutboxWriter outbox;
    private final IdempotencyKeys idempotency;
    private final CatalogueAccess access;
    private final AgencyConfig agency;
    private final Clock clock;

    CourseService(CourseRepository courses, CompetencyRepository competencies, ProviderRepository providers,
            CourseSessionRepository sessions, OutboxWriter outbox, IdempotencyKeys idempotency,
            CatalogueAccess access, AgencyConfig agency, Clock clock) {
        this.agency = agency;
        this.courses = courses;
        this.competencies = competencies;
        this.providers = providers;
        this.sessions = sessions;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Creates a DRAFT; nothing is announced until it is published. 400 naming the field for an unknown, inactive or
     * repeated competency, an unknown or inactive provider or a multi-line objective; 409 when the code is taken.
     */
    @Transactional
    public Created<CourseDetails> create(NewCourse fields, String idempotencyKey) {
        return idempotency.createOnce("courses", idempotencyKey, fields, () -> {
            CourseReferences references = checkReferences(fields, null);
            if (courses.findByCode(fields.code()).isPresent()) {
                throw new ConflictProblem(CODE_TAKEN, fields.code());
            }
            Course course = Course.draft(fields.toDefinition(fields.code()), now());
            courses.persist(course);
            flushCheckingCode(course.code());
            return Created.of(course.id(),
                    CourseDetails.of(course, references.provider(course.providerId()).orElseThrow()));
        }, existing -> details(require(existing)));
    }

    /**
     * Replaces the editable fields (the code stays); publishes CourseUpdated when a published course changed, nothing
     * for a draft or when nothing changed. 409 for an archived course, for a JP change while the course has active
     * sessions (their schedules add up to the JP), and for a published course left without competencies or moved to
     * a provider that is not active and accredited today.
     */
    @Transactional
    public CourseDetails update(String id, CourseFields fields, VersionPrecondition precondition) {
        Course course = requireForUpdate(id);
        precondition.check(course.version());
        course.requireChangeable();
        CourseDefinition current = course.definition();
        CourseReferences references = checkReferences(fields, current);
        CourseDefinition changed = fields.toDefinition(course.code());
        Provider provider = references.provider(changed.providerId()).orElseThrow();
        if (course.isPublished()) {
            if (changed.competencies().isEmpty()) {
                throw new ConflictProblem("problem.course.no-competency.detail", course.code());
            }
            if (!changed.providerId().equals(current.providerId())) {
                checkCanDeliver(course, provider);
            }
        }
        if (changed.jp() != current.jp()) {
            long active = sessions.countActiveOfCourse(course.id());
            if (active > 0) {
                throw new ConflictProblem("problem.course.jp-locked.detail", course.code(), active, current.jp());
            }
        }
        if (course.change(changed, now())) {
            // Flush now: the response and the event carry the version this change is stored with.
            courses.flush();
            if (course.isPublished()) {
                outbox.publish(new CourseUpdated(course.snapshot(provider.type())));
            }
        }
        return CourseDetails.of(course, provider);
    }

    /**
     * DRAFT → PUBLISHED; publishes CoursePublished. 409 unless the course develops at least one competency, all of
     * them still active, and its provider is active and accredited today (in the agency's zone).
     */
    @Transactional
    public CourseDetails publish(String id, VersionPrecondition precondition) {
        Course course = requireForUpdate(id);
        precondition.check(course.version());
        course.checkPublishable();
        List<String> inactive = competencies.list("code in ?1", course.definition().competencies().stream()
                        .map(CourseDefinition.CompetencyTarget::competencyCode).toList()).stream()
                .filter(competency -> !competency.active())
                .map(Competency::code)
                .sorted()
                .toList();
        if (!inactive.isEmpty()) {
            throw new ConflictProblem("problem.course.competency-inactive.detail", course.code(),
                    String.join(", ", inactive));
        }
        Provider provider = providerOf(course);
        checkCanDeliver(course, provider);
        course.publish(now());
        courses.flush();
        outbox.publish(new CoursePublished(course.snapshot(provider.type())));
        return CourseDetails.of(course, provider);
    }

    /**
     * DRAFT or PUBLISHED → ARCHIVED: no new sessions, running ones finish. Publishes CourseArchived for a course that
     * had been published; a draft was never announced, so archiving it announces nothing. 409 when already archived,
     * and while sessions are open for enrollment (OPEN or FULL): people would be enrolling in a course the catalogue
     * no longer offers; cancel those sessions, or archive once they have started.
     */
    @Transactional
    public CourseDetails archive(String id, VersionPrecondition precondition) {
        Course course = requireForUpdate(id);
        precondition.check(course.version());
        boolean announced = course.isPublished();
        if (course.status() != CourseStatus.ARCHIVED) {
            long open = sessions.countOpenOfCourse(course.id());
            if (open > 0) {
                throw new ConflictProblem("problem.course.sessions-open.detail", course.code(), open);
            }
        }
        course.archive(now());
        courses.flush();
        Provider provider = providerOf(course);
        if (announced) {
            outbox.publish(new CourseArchived(course.snapshot(provider.type())));
        }
        return CourseDetails.of(course, provider);
    }

    /** One course; a DRAFT is not found unless the caller may see drafts. */
    public CourseDetails get(String id) {
        Course course = require(id);
        if (course.status() == CourseStatus.DRAFT && !access.seesDrafts()) {
            throw new NotFoundProblem(RESOURCE, id);
        }
        return details(course);
    }

    /**
     * The catalogue's course search; see {@link CourseRepository#search} for how it runs. PUBLISHED courses unless
     * statuses are asked for; DRAFT and ARCHIVED only for catalogue roles.
     */
    public PageResponse<CourseDetails> search(CourseFilter filter, PageRequest page) {
        CourseSearch search = new CourseSearch(filter.text(), filter.competencies(), filter.competencyType(),
                filter.method(), filter.mode(), filter.providerId(), filter.providerType(), filter.minJp(),
                filter.maxJp(), visibleStatuses(filter.statuses()), order(page));
        CourseSearchResult result = courses.search(search, page.page(), page.size());
        // The page's providers in one query, not one per course.
        Set<String> providerIds = result.courses().stream().map(Course::providerId).collect(Collectors.toSet());
        Map<String, Provider> byId = providerIds.isEmpty()
                ? Map.of()
                : providers.list("id in ?1", providerIds).stream()
                        .collect(Collectors.toMap(Provider::id, Function.identity()));
        List<CourseDetails> items = result.courses().stream()
                .map(course -> CourseDetails.of(course, byId.get(course.providerId())))
                .toList();
        return new PageResponse<>(items, page.page(), page.size(), result.total());
    }

    /** The body's references and objectives checked (400 naming every field at fault); they are loaded for later use. */
    private CourseReferences checkReferences(CourseFields body, CourseDefinition current) {
        CourseReferences references = CourseReferences.load(competencies, providers, List.of(body));
        List<FieldError> errors = references.check(body, current);
        if (!errors.isEmpty()) {
            throw new InvalidInputProblem(errors);
        }
        return references;
    }

    /** A published course needs a provider that is active and accredited today, in the agencies' calendar. */
    private void checkCanDeliver(Course course, Provider provider) {
        if (!provider.active()) {
            throw new ConflictProblem("problem.course.provider-inactive.detail", course.code(), provider.name());
        }
        LocalDate today = LocalDate.now(clock.withZone(agency.zone()));
        if (!provider.isAccreditedOn(today)) {
            throw new ConflictProblem("problem.course.provider-not-accredited.detail", course.code(), provider.name(),
                    today.toString());
        }
    }

    /** The statuses asked for, or PUBLISHED by default; any other status only for catalogue managers and admins. */
    private Set<CourseStatus> visibleStatuses(Set<CourseStatus> requested) {
        if (requested.isEmpty()) {
            return EnumSet.of(CourseStatus.PUBLISHED);
        }
        if (!requested.equals(EnumSet.of(CourseStatus.PUBLISHED))) {
            access.requireSeesDrafts();
        }
        return requested;
    }

    /** The order asked for; null (relevance, or title without a text) when none was. */
    private static CourseSearch.Order order(PageRequest page) {
        Sort sort = page.toSort(SORTABLE, null);
        if (sort == null) {
            return null;
        }
        Sort.Column column = sort.getColumns().get(0);
        return new CourseSearch.Order(CourseSearch.SortField.valueOf(column.getName()),
                column.getDirection() == Sort.Direction.Descending);
    }

    /** Flushes; the unique code index catches another request that took the code between our check and our insert. */
    private void flushCheckingCode(String code) {
        UniqueKeys.writeOrConflict(CODE_INDEX, courses::flush, () -> new ConflictProblem(CODE_TAKEN, code));
    }

    private Course require(String id) {
        return courses.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(RESOURCE, id));
    }

    private Course requireForUpdate(String id) {
        return courses.findByIdForUpdate(id).orElseThrow(() -> new NotFoundProblem(RESOURCE, id));
    }

    private CourseDetails details(Course course) {
        return CourseDetails.of(course, providerOf(course));
    }

    private Provider providerOf(Course course) {
        // The foreign key guarantees it exists.
        return providers.findByIdOptional(course.providerId()).orElseThrow();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
