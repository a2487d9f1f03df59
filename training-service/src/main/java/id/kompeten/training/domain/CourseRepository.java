package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.CourseStatus;
import id.kompeten.platform.persistence.NativeSearch;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class CourseRepository implements PanacheRepositoryBase<Course, String> {

    /** The full-text expression; its columns are exactly those of the ftx_course_text index, as MATCH requires. */
    private static final String RELEVANCE = "MATCH(c.title, c.description, c.objectives) AGAINST (:text IN NATURAL LANGUAGE MODE)";

    /**
     * The course, its row locked for update until the transaction ends ({@code SELECT ... FOR UPDATE}). Every change
     * of a course, and every session change whose rules depend on the course, takes this lock first, so the two sides
     * see each other's committed state. It adds no version: a course's ETag does not change with its sessions.
     * <p>
     * The row is read by the locking read itself, which sees the latest committed state (a plain read in the same
     * transaction may still see an older snapshot), so call this before the course is otherwise loaded. Native SQL:
     * Hibernate's MySQL dialect writes {@code FOR UPDATE OF <alias>}, which MariaDB does not understand.
     */
    public Optional<Course> findByIdForUpdate(String id) {
        @SuppressWarnings("unchecked")
        List<Course> found = getEntityManager()
                .createNativeQuery("SELECT * FROM course WHERE id = ?1 FOR UPDATE", Course.class)
                .setParameter(1, id)
                .getResultList();
        return found.stream().findFirst();
    }

    /**
     * The provider's courses the catalogue has announced (published or archived), their rows locked for update as by
     * {@link #findByIdForUpdate}, in id order.
     */
    public List<Course> lockAnnouncedOf(String providerId) {
        @SuppressWarnings("unchecked")
        List<Course> locked = getEntityManager()
                .createNativeQuery("SELECT * FROM course WHERE provider_id = ?1 AND status IN (?2, ?3) ORDER BY id"
                        + " FOR UPDATE", Course.class)
                .setParameter(1, providerId)
                .setParameter(2, CourseStatus.PUBLISHED.name())
                .setParameter(3, CourseStatus.ARCHIVED.name())
                .getResultList();
        return locked;
    }

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
     * One page of the courses matching {@code search}, and their total. Native SQL ({@link NativeSearch}), built for
     * 10,000 courses and more: the page's ids (by full-text relevance when there is a text), their total, then only the
     * page's courses are loaded.
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
        NativeSearch.Page ids = where(search).page(getEntityManager(), "c.id", orderBy(search), page, size);
        return new CourseSearchResult(ids.inOrder(loadWithCollections(ids.ids()), Course::id), ids.total());
    }

    /**
     * The courses with these ids (in any order), with their competencies, methods and target positions:
     * four queries whatever the number (fetching the three collections in one join would multiply the rows).
     */
    private List<Course> loadWithCollections(List<String> ids) {
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
        return loaded;
    }

    private static String orderBy(CourseSearch search) {
        if (search.order() == null && search.text() != null) {
            // Equal relevance: alphabetical, then the id, so pages never overlap.
            return RELEVANCE + " DESC, c.title ASC, c.id ASC";
        }
        CourseSearch.Order order = search.order() == null
                ? new CourseSearch.Order(CourseSearch.SortField.TITLE, false)
                : search.order();
        String direction = order.descending() ? " DESC" : " ASC";
        // Codes are unique; any other column needs the id to break ties so pages never overlap.
        String tieBreak = order.field() == CourseSearch.SortField.CODE ? "" : ", c.id" + direction;
        return order.field().column() + direction + tieBreak;
    }

    private static NativeSearch where(CourseSearch search) {
        // Only the provider type needs the provider.
        NativeSearch where = new NativeSearch(search.providerType() == null
                ? " FROM course c"
                : " FROM course c JOIN provider p ON p.id = c.provider_id");
        where.where("c.status IN (:statuses)", "statuses",
                search.statuses().stream().map(Enum::name).sorted().toList());
        if (search.text() != null) {
            where.where(RELEVANCE, "text", search.text());
        }
        if (!search.competencyCodes().isEmpty()) {
            where.where("EXISTS (SELECT 1 FROM course_competency cc"
                    + " WHERE cc.course_id = c.id AND cc.competency_code IN (:competencies))",
                    "competencies", search.competencyCodes().stream().sorted().toList());
        }
        if (search.competencyType() != null) {
            where.where("EXISTS (SELECT 1 FROM course_competency ct JOIN competency k ON k.code = ct.competency_code"
                    + " WHERE ct.course_id = c.id AND k.type = :competencyType)",
                    "competencyType", search.competencyType().name());
        }
        if (search.method() != null) {
            where.where("EXISTS (SELECT 1 FROM course_method cm WHERE cm.course_id = c.id AND cm.method = :method)",
                    "method", search.method().name());
        }
        if (search.deliveryMode() != null) {
            where.where("c.delivery_mode = :mode", "mode", search.deliveryMode().name());
        }
        if (search.providerId() != null) {
            where.where("c.provider_id = :provider", "provider", search.providerId());
        }
        if (search.providerType() != null) {
            where.where("p.type = :providerType", "providerType", search.providerType().name());
        }
        if (search.minJp() != null) {
            where.where("c.jp >= :minJp", "minJp", search.minJp());
        }
        if (search.maxJp() != null) {
            where.where("c.jp <= :maxJp", "maxJp", search.maxJp());
        }
        return where;
    }
}
