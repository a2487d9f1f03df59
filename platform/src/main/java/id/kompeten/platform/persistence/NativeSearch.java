package id.kompeten.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A filtered, paged search in native SQL, the shape the catalogue searches were measured with: one query selects the
 * page's ids in order, one COUNT(*) with the same WHERE gives the total, and the caller then loads only that page.
 * Conditions are constant SQL fragments; everything a caller gives is bound as a named parameter.
 */
public final class NativeSearch {

    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** @param from the FROM clause, e.g. {@code " FROM course c JOIN provider p ON p.id = c.provider_id"} */
    public NativeSearch(String from) {
        this.from = from;
    }

    /** A condition without parameters. */
    public NativeSearch where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition using {@code :name}, bound to {@code value}. */
    public NativeSearch where(String condition, String name, Object value) {
        parameters.put(name, value);
        return where(condition);
    }

    /**
     * The ids of one page in {@code orderBy} order (the id column must be a string) and the total of all matches.
     *
     * @param idColumn e.g. {@code c.id}
     * @param orderBy e.g. {@code c.title ASC, c.id ASC}; may use the parameters of the conditions
     */
    public Page page(EntityManager entityManager, String idColumn, String orderBy, int page, int size) {
        String whereSql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Query ids = entityManager.createNativeQuery("SELECT " + idColumn + from + whereSql + " ORDER BY " + orderBy,
                        String.class)
                .setFirstResult(page * size)
                .setMaxResults(size);
        Query count = entityManager.createNativeQuery("SELECT COUNT(*)" + from + whereSql);
        parameters.forEach((name, value) -> {
            ids.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<String> pageIds = ids.getResultList();
        return new Page(pageIds, ((Number) count.getSingleResult()).longValue());
    }

    /** One page of ids, in order, and the number of matches on all pages. */
    public record Page(List<String> ids, long total) {

        /** The loaded entities of this page in the page's order (a query by ids returns them in any order). */
        public <T> List<T> inOrder(List<T> loaded, Function<T, String> id) {
            Map<String, T> byId = loaded.stream().collect(Collectors.toMap(id, Function.identity()));
            return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        }
    }
}
