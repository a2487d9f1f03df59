package id.kompeten.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CourseRepository implements PanacheRepositoryBase<Course, String> {

    /** The full-text expression; its columns are exactly those of the ftx_course_text index, as MATCH requires. */
    private static final String RELEVANCE = "MATCH(c.title, c.description, c.objectives) AGAINST (:text IN NATURAL LANGUAGE MODE)";

    public Optional<Course> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Which of these codes existing courses already have. */
    public Set<String> existingCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager()
                .createQuery("select c.code from Course c where c.code in :codes", String.class)
                .setParameter("codes", codes)
                .getResultList());
    }

    /**
     * One page of the courses matching {@code search}, and their total. Native SQL, built for 10,000 courses and more:
     * one query selects the page's ids (with the full-text relevance when there is a text), one COUNT(*) with the same
     * WHERE gives the total, then only the page's courses are loaded.
     * <ul>
     * <li>{@code text} uses the FULLTEXT index ftx_course_text (title, description, objectives), natural language mode:
     * matching rows come straight from the index, ordered by relevance unless another order is asked for.</li>
     * <li>competencies, competency type and method are EXISTS semi-joins on the primary keys of course_competency
     * (course_id, competency_code) and course_method (course_id, method), so a course with several matching rows is
     * still counted once; the type joins competency by its primary key.</li>
     * <li>provider type is the only filter that joins provider; delivery mode and JP use ix_course_mode_jp and
     * ix_course_jp, the provider ix_course_provider, sorting by title within one status ix_course_status_title.</li>
     * </ul>
     * Everything the caller gives is bound as a named parameter; only constant SQL fragments are concatenated.
     */
    public CourseSearchResult search(CourseSearch search, int page, int size) {
        Where where = where(search);
        boolean byRelevance = search.order() == null && search.text() != null;
        String from = search.providerType() == null
                ? " FROM course c"
                : " FROM course c JOIN provider p ON p.id = c.provider_id";
        String select = "SELECT c.id, " + (search.text() == null ? "0" : RELEVANCE) + " AS relevance" + from;
        Query ids = getEntityManager().createNativeQuery(select + where.sql + " ORDER BY " + orderBy(search, byRelevance))
                .setFirstResult(page * size)
                .setMaxResults(size);
        Query count = getEntityManager().createNativeQuery("SELECT COUNT(*)" + from + where.sql);
        where.parameters.forEach((name, value) -> {
            ids.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<Object[]> rows = ids.getResultList();
        List<String> pageIds = rows.stream().map(row -> (String) row[0]).toList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new CourseSearchResult(findAllInOrder(pageIds), total);
    }

    /**
     * The courses with these ids, in the order of {@code ids}, with their competencies, methods and target positions:
     * four queries whatever the number (fetching the three collections in one join would multiply the rows).
     */
    public List<Course> findAllInOrder(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Course> loaded = getEntityManager()
                .createQuery("select c from Course c left join fetch c.competencies where c.id in :ids",
                        Course.class)
                .setParameter("ids", ids)
                .getResultList();
        for (String collection : List.of("methods", "targetPositionCodes")) {
            getEntityManager()
                    .createQuery("select c from Course c left join fetch c." + collection + " where c.id in :ids",
                            Course.class)
                    .setParameter("ids", ids)
                    .getResultList();
        }
        Map<String, Course> byId = loaded.stream().collect(Collectors.toMap(Course::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static String orderBy(CourseSearch search, boolean byRelevance) {
        if (byRelevance) {
            // Equal relevance: alphabetical, then the id, so pages never overlap.
            return "relevance DESC, c.title ASC, c.id ASC";
        }
        CourseSearch.Order order = search.order() == null
                ? new CourseSearch.Order(CourseSearch.SortField.TITLE, false)
                : search.order();
        String direction = order.descending() ? " DESC" : " ASC";
        // Codes are unique; any other column needs the id to break ties so pages never overlap.
        String tieBreak = order.field() == CourseSearch.SortField.CODE ? "" : ", c.id" + direction;
        return order.field().column() + direction + tieBreak;
    }

    private static Where where(CourseSearch search) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        conditions.add("c.status IN (:statuses)");
        parameters.put("statuses", search.statuses().stream().map(Enum::name).sorted().toList());
        if (search.text() != null) {
            conditions.add(RELEVANCE);
            parameters.put("text", search.text());
        }
        if (!search.competencyCodes().isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM course_competency cc"
                    + " WHERE cc.course_id = c.id AND cc.competency_code IN (:competencies))");
            parameters.put("competencies", search.competencyCodes().stream().sorted().toList());
        }
        if (search.competencyType() != null) {
            conditions.add("EXISTS (SELECT 1 FROM course_competency ct JOIN competency k ON k.code = ct.competency_code"
                    + " WHERE ct.course_id = c.id AND k.type = :competencyType)");
            parameters.put("competencyType", search.competencyType().name());
        }
        if (search.method() != null) {
            conditions.add("EXISTS (SELECT 1 FROM course_method cm WHERE cm.course_id = c.id AND cm.method = :method)");
            parameters.put("method", search.method().name());
        }
        if (search.deliveryMode() != null) {
            conditions.add("c.delivery_mode = :mode");
            parameters.put("mode", search.deliveryMode().name());
        }
        if (search.providerId() != null) {
            conditions.add("c.provider_id = :provider");
            parameters.put("provider", search.providerId());
        }
        if (search.providerType() != null) {
            conditions.add("p.type = :providerType");
            parameters.put("providerType", search.providerType().name());
        }
        if (search.minJp() != null) {
            conditions.add("c.jp >= :minJp");
            parameters.put("minJp", search.minJp());
        }
        if (search.maxJp() != null) {
            conditions.add("c.jp <= :maxJp");
            parameters.put("maxJp", search.maxJp());
        }
        return new Where(" WHERE " + String.join(" AND ", conditions), parameters);
    }

    private record Where(String sql, Map<String, Object> parameters) {
    }
}
