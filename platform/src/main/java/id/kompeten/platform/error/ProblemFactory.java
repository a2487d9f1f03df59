package id.kompeten.platform.error;

import id.kompeten.platform.i18n.Languages;
import id.kompeten.platform.i18n.Messages;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** Puts problems into words for one request: in its language, with its path as the {@code instance}. */
final class ProblemFactory {

    private final Messages messages;
    private final URI instance;

    ProblemFactory(Messages messages, URI instance) {
        this.messages = messages;
        this.instance = instance;
    }

    static ProblemFactory of(ContainerRequestContext request) {
        return of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE),
                request.getUriInfo().getRequestUri().getRawPath());
    }

    /** For code outside JAX-RS: the raw {@code Accept-Language} header (may be null) and the raw request path. */
    static ProblemFactory of(String acceptLanguage, String rawPath) {
        return new ProblemFactory(Messages.forLocale(Languages.fromAcceptLanguage(acceptLanguage)), instance(rawPath));
    }

    /** None rather than a failure of its own when a client sent a path that is no valid URI. */
    private static URI instance(String rawPath) {
        try {
            return URI.create(rawPath);
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    Messages messages() {
        return messages;
    }

    /** A problem titled {@code problem.<slug>.title}, its detail formatted from {@code detailKey} and {@code args}. */
    Problem problem(int status, String slug, List<Problem.FieldMessage> errors, String correlationId,
                    String detailKey, Object... args) {
        return new Problem(Problem.type(slug), messages.format("problem." + slug + ".title"), status,
                messages.format(detailKey, args), instance, errors, correlationId);
    }

    /** {@link #problem} as a response; the builder is returned so callers can add headers. */
    Response.ResponseBuilder response(int status, String slug, List<Problem.FieldMessage> errors,
                                      String correlationId, String detailKey, Object... args) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(problem(status, slug, errors, correlationId, detailKey, args));
    }

    /** Arguments as the reader should see them: plain resource names ({@code Competency}) in the request's language. */
    Object[] localizedArgs(Object[] args) {
        return Arrays.stream(args).map(arg -> arg instanceof String name ? messages.resourceName(name) : arg).toArray();
    }
}
