package id.kompeten.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * The body of every error response: RFC 9457 problem details, sent as {@value #MEDIA_TYPE}.
 *
 * @param type          {@code urn:kompeten:problem:<slug>}, stable for clients to switch on
 * @param title         short summary of the type, in the request's language
 * @param status        the HTTP status, repeated for clients that only see the body
 * @param detail        what went wrong in this occurrence, in the request's language
 * @param instance      the request path
 * @param errors        the input fields at fault, if the problem is about specific fields
 * @param correlationId only for internal errors: the id under which the failure was logged
 */
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        URI instance,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldMessage> errors,
        @JsonInclude(JsonInclude.Include.NON_NULL) String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static final String TYPE_PREFIX = "urn:kompeten:problem:";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The {@code type} URI of a problem slug such as {@code validation}. */
    public static URI type(String slug) {
        return URI.create(TYPE_PREFIX + slug);
    }

    /**
     * One input at fault and why: a JSON path in the body ({@code names.id}, {@code items[2].code}, {@code $} for the
     * body as a whole) or the name of a query, path or header parameter.
     */
    public record FieldMessage(String field, String message) {
    }
}
