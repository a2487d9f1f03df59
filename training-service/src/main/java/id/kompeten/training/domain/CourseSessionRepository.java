package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.SessionStatus;
import id.kompeten.platform.persistence.NativeSearch;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class CourseSessionRepository implements PanacheRepositoryBase<CourseSession, String> {

    /** Sessions not cancelled or completed: while there are any, the course's JP cannot change. */
    public long countActiveOfCourse(String courseId) {
        return count("courseId = ?1 and status in ?2", courseId,
                List.of(SessionStatus.DRAFT, SessionStatus.OPEN, SessionStatus.FULL, SessionStatus.RUNNING));
    }

    /** Sessions OPEN or FULL, that is open for enrollment: while there are any, the course is not archived. */
    public long countOpenOfCourse(String courseId) {
        return count("courseId = ?1 and status in ?2", courseId, List.of(SessionStatus.OPEN, SessionStatus.FULL));
    }

    /**
     * The session, its row locked for update until the transaction ends, read by the locking read itself (the latest
     * committed state). Native SQL, as {@link CourseRepository#findByIdForUpdate} explains; call it before the session
     * is otherwise loaded in the transaction.
     */
    public Optional<CourseSession> findByIdForUpdate(String id) {
        @SuppressWarnings("unchecked")
        List<CourseSession> found = getEntityManager()
                .createNativeQuery("SELECT * FROM course_session WHERE id = ?1 FOR UPDATE", CourseSession.class)
                .setParameter(1, id)
                .getResultList();
        return found.stream().findFirst();
    }

    public Optional<CourseSession> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * One page of the sessions matching {@code search}, and their total. Native SQL ({@link NativeSearch}), measured at
     * 100,000 sessions: the page's ids in order, their total, then only the page's sessions are loaded. The indexes of 006-session-search.xml hold the sort column, the id and the filtered columns
     * (start or end date, status, course, seats), so the ids come in index order and the count from the index alone;
     * a region is selective enough for (region_code, start_date); a competency is a semi-join from
     * course_competency's (competency_code, course_id) to the course's sessions.
     */
    public SessionSearchResult search(SessionSearch search, int page, int size) {
        if (search.statuses().isEmpty()) {
            return new SessionSearchResult(List.of(), 0);
        }
        SessionSearch.Order order = search.order();
        String direction = order.descending() ? " DESC" : " ASC";
        // The id breaks ties so pages never overlap; codes are unique already, and ordering by the code alone lets
        // the unique index deliver the order.
        String tieBreak = order.field() == SessionSearch.SortField.CODE ? "" : ", s.id" + direction;
        NativeSearch.Page ids = where(search).page(getEntityManager(), "s.id",
                order.field().column() + direction + tieBreak, page, size);
        return new SessionSearchResult(ids.inOrder(loadWithCollections(ids.ids()), CourseSession::id), ids.total());
    }

    /**
     * The sessions with these ids (in any order), with their schedules and trainers: three queries
     * whatever the number (fetching days and trainers in one join would multiply the rows).
     */
    private List<CourseSession> loadWithCollections(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<CourseSession> loaded = getEntityManager()
                .createQuery("select distinct s from CourseSession s left join fetch s.schedule where s.id in :ids",
                        CourseSession.class)
                .setParameter("ids", ids)
                .getResultList();
        getEntityManager()
                .createQuery("select distinct s from CourseSession s left join fetch s.trainers where s.id in :ids",
                        CourseSession.class)
                .setParameter("ids", ids)
                .getResultList();
        return loaded;
    }

    private static NativeSearch where(SessionSearch search) {
        NativeSearch where = new NativeSearch(" FROM course_session s");
        Set<SessionStatus> statuses = EnumSet.copyOf(search.statuses());
        if (Boolean.TRUE.equals(search.hasSeats())) {
            // Free seats are only offered while OPEN: one status, which the status index finds directly.
            statuses.retainAll(Set.of(SessionStatus.OPEN));
            where.where("s.seats_taken < s.capacity");
        }
        if (statuses.isEmpty()) {
            where.where("1 = 0");
        } else if (statuses.size() < SessionStatus.values().length) {
            where.where("s.status IN (:statuses)", "statuses", statuses.stream().map(SessionStatus::name).toList());
        }
        // Overlap with [from, to]: the session ends on or after from and starts on or before to.
        if (search.from() != null) {
            where.where("s.end_date >= :from", "from", search.from());
        }
        if (search.to() != null) {
            where.where("s.start_date <= :to", "to", search.to());
        }
        if (search.regionCode() != null) {
            where.where("s.region_code = :region", "region", search.regionCode());
        }
        if (search.courseId() != null) {
            where.where("s.course_id = :course", "course", search.courseId());
        }
        if (search.competencyCode() != null) {
            // A semi-join: course_competency's (competency_code, course_id) index names the courses.
            where.where("EXISTS (SELECT 1 FROM course_competency cc"
                    + " WHERE cc.course_id = s.course_id AND cc.competency_code = :competency)",
                    "competency", search.competencyCode());
        }
        if (Boolean.FALSE.equals(search.hasSeats())) {
            where.where("NOT (s.status = :open AND s.seats_taken < s.capacity)", "open", SessionStatus.OPEN.name());
        }
        return where;
    }
}
