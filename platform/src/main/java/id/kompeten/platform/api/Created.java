package id.kompeten.platform.api;

/**
 * The result of a create: the new resource's id (for {@code Location}) and its representation.
 *
 * @param replayed true when an {@code Idempotency-Key} retry got the stored first response instead of a new resource
 */
public record Created<T>(String id, T body, boolean replayed) {

    public static <T> Created<T> of(String id, T body) {
        return new Created<>(id, body, false);
    }
}
