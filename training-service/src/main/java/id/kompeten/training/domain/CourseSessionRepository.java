package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.SessionStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CourseSessionRepository implements PanacheRepositoryBase<CourseSession, String> {

    /** Sessions not cancelled or completed: while there are any, the course's JP cannot change. */
    public long countActiveOfCourse(String courseId) {
        return count("courseId = ?1 and status in ?2", courseId,
                List.of(SessionStatus.DRAFT, SessionStatus.OPEN, SessionStatus.FULL, SessionStatus.RUNNING));
    }

    public Optional<CourseSession> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * One page of the sessions matching {@code search}, and their total. Native SQL, measured at 100,000 sessions: one
     * query selects the page's ids in order, one COUNT(*) with the same WHERE gives the total, then only the page's
     * sessions are loaded. The indexes of 006-session-search.xml hold the sort column, the id and the filtered columns
     * (start or end date, status, course, seats), so the ids come in index order and the count from the index alone;
     * a region is selective enough for (region_code, start_date); a competency is a semi-join from
     * course_competency's (competency_code, course_id) to the course's sessions.
     */
    public SessionSearchResult search(SessionSearch search, int page, int size) {
        if (search.statuses().isEmpty()) {
            return new SessionSearchResult(List.of(), 0);
        }
        Where where = where(search);
        SessionSearch.Order order = search.order();
        String direction = order.descending() ? " DESC" : " ASC";
        // The id breaks ties so pages never overlap; codes are unique already, and ordering by the code alone lets
        // the unique index deliver the order.
        String tieBreak = order.field() == SessionSearch.SortField.CODE ? "" : ", s.id" + direction;
        Query ids = getEntityManager().createNativeQuery("SELECT s.id FROM course_session s" + where.sql
                        + " ORDER BY " + order.field().column() + direction + tieBreak, String.class)
                .setFirstResult(page * size)
                .setMaxResults(size);
        Query count = getEntityManager().createNativeQuery("SELECT COUNT(*) FROM course_session s" + where.sql);
        where.parameters.forEach((name, value) -> {
            ids.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<String> pageIds = ids.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new SessionSearchResult(findAllInOrder(pageIds), total);
    }

    /**
     * The sessions with these ids, in the order of {@code ids}, with their schedules and trainers: three queries
     * whatever the number (fetching days and trainers in one join would multiply the rows).
     */
    public List<CourseSession> findAllInOrder(List<String> ids) {
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
        Map<String, CourseSession> byId = loaded.stream()
                .collect(Collectors.toMap(CourseSession::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static Where where(SessionSearch search) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        Set<SessionStatus> statuses = EnumSet.copyOf(search.statuses());
        if (Boolean.TRUE.equals(search.hasSeats())) {
            // Free seats are only offered while OPEN: one status, which the status index finds directly.
            statuses.retainAll(Set.of(SessionStatus.OPEN));
            conditions.add("s.seats_taken < s.capacity");
        }
        if (statuses.isEmpty()) {
            conditions.add("1 = 0");
        } else if (statuses.size() < SessionStatus.values().length) {
            conditions.add("s.status IN (:statuses)");
            parameters.put("statuses", statuses.stream().map(SessionStatus::name).toList());
        }
        // Overlap with [from, to]: the session ends on or after from and starts on or before to.
        if (search.from() != null) {
            conditions.add("s.end_date >= :from");
            parameters.put("from", search.from());
        }
        if (search.to() != null) {
            conditions.add("s.start_date <= :to");
            parameters.put("to", search.to());
        }
        if (search.regionCode() != null) {
            conditions.add("s.region_code = :region");
            parameters.put("region", search.regionCode());
        }
        if (search.courseId() != null) {
            conditions.add("s.course_id = :course");
            parameters.put("course", search.courseId());
        }
        if (search.competencyCode() != null) {
            // A semi-join: course_competency's (competency_code, course_id) index names the courses.
            conditions.add("EXISTS (SELECT 1 FROM course_competency cc"
                    + " WHERE cc.course_id = s.course_id AND cc.competency_code = :competency)");
            parameters.put("competency", search.competencyCode());
        }
        if (Boolean.FALSE.equals(search.hasSeats())) {
            conditions.add("NOT (s.status = :open AND s.seats_taken < s.capacity)");
            parameters.put("open", SessionStatus.OPEN.name());
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
    }

    private record Where(String sql, Map<String, Object> parameters) {
    }
}
