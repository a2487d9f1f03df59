package id.kompeten.platform.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.util.List;
import java.util.function.Function;

/** The list envelope of every paged endpoint: {@code { items, page, size, total }}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    /** Runs the query for the requested page and maps each entity to its API representation. */
    public static <E, T> PageResponse<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<T> items = query.page(Page.of(request.page(), request.size())).list().stream().map(mapper).toList();
        return new PageResponse<>(items, request.page(), request.size(), query.count());
    }

    /** The same page with each item mapped, e.g. from a service's result to its API representation. */
    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
