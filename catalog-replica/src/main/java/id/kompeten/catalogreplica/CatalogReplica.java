package id.kompeten.catalogreplica;

import id.kompeten.catalogreplica.CatalogNotSynchronisedProblem.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What enrollment and evaluation read from their copy of the training catalogue, instead of calling training-service.
 * Every row comes loaded completely (a course with its competencies, a session with its days), inside the caller's
 * transaction if there is one.
 * <p>
 * The replica is eventually consistent and has no foreign keys: a session may be held before its course, a course
 * before its provider. A decision that needs a record the replica does not hold yet throws
 * {@link CatalogNotSynchronisedProblem} (409, retry), which the {@code require...} methods do for you.
 */
@ApplicationScoped
public class CatalogReplica {

    private final CompetencyReplicaRepository competencies;
    private final ProviderReplicaRepository providers;
    private final CourseReplicaRepository courses;
    private final SessionReplicaRepository sessions;
    private final CatalogReplicaConfig config;

    CatalogReplica(CompetencyReplicaRepository competencies, ProviderReplicaRepository providers,
            CourseReplicaRepository courses, SessionReplicaRepository sessions, CatalogReplicaConfig config) {
        this.competencies = competencies;
        this.providers = providers;
        this.courses = courses;
        this.sessions = sessions;
        this.config = config;
    }

    public Optional<CompetencyReplica> competency(String code) {
        return competencies.findByIdOptional(code);
    }

    public Optional<ProviderReplica> provider(String id) {
        return providers.findByIdOptional(id);
    }

    public Optional<CourseReplica> course(String id) {
        return courses.findWithCompetencies(id);
    }

    public Optional<SessionReplica> session(String id) {
        return sessions.findWithDays(id);
    }

    /** A session by the code the catalogue gave it (e.g. {@code SIAK-01-SBG-01}). */
    public Optional<SessionReplica> sessionByCode(String code) {
        return sessions.findByCodeWithDays(code);
    }

    /** @throws CatalogNotSynchronisedProblem if the replica does not hold the course (yet) */
    public CourseReplica requireCourse(String id) {
        return course(id).orElseThrow(() -> notSynchronised(Subject.COURSE, id));
    }

    /**
     * The session and its course; empty if the replica does not hold the session. Whether an unknown session is a
     * 404 or "not yet synchronised" is the caller's decision; a known session is proof that its course exists.
     *
     * @throws CatalogNotSynchronisedProblem if the session is held but its course not yet
     */
    public Optional<SessionWithCourse> sessionWithCourse(String sessionId) {
        return session(sessionId).map(session -> new SessionWithCourse(session, requireCourse(session.courseId())));
    }

    /** A course's sessions by start date, whatever their status. */
    public List<SessionReplica> sessionsOfCourse(String courseId) {
        return sessions.ofCourse(courseId);
    }

    /**
     * Published courses whose passing participants reach at least {@code level} (1-5) of the competency, by title:
     * candidates to close a competency gap.
     */
    public List<CourseReplica> publishedCoursesReaching(String competencyCode, int level) {
        return courses.publishedReaching(competencyCode, level);
    }

    /** Those of these competencies the replica holds, by code; one query. */
    public Map<String, CompetencyReplica> competencies(Collection<String> codes) {
        return byKey(competencies.findByCodes(codes), CompetencyReplica::code);
    }

    /** Those of these providers the replica holds, by id; one query. */
    public Map<String, ProviderReplica> providers(Collection<String> ids) {
        return byKey(providers.findByIds(ids), ProviderReplica::id);
    }

    /** Those of these courses the replica holds, by id; one query (e.g. the courses of a transcript). */
    public Map<String, CourseReplica> courses(Collection<String> ids) {
        return byKey(courses.findByIds(ids), CourseReplica::id);
    }

    /** Those of these sessions the replica holds, by id; one query (e.g. a person's confirmed sessions, with days). */
    public Map<String, SessionReplica> sessions(Collection<String> ids) {
        return byKey(sessions.findByIds(ids), SessionReplica::id);
    }

    /** The 409 for a record the replica does not hold yet, with this service's {@code Retry-After} hint. */
    public CatalogNotSynchronisedProblem notSynchronised(Subject subject, String id) {
        return new CatalogNotSynchronisedProblem(subject, id, config.retryAfter());
    }

    private static <K, V> Map<K, V> byKey(List<V> rows, Function<V, K> key) {
        return rows.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }
}
