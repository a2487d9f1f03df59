package id.kompeten.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Turns away a request whose declared body ({@code Content-Length}) is over {@code kompeten.http.max-body-size} with
 * 413 problem+json, before anything reads the body.
 * <p>
 * A Vert.x route, not a JAX-RS filter: Quarkus checks {@code Content-Length} against
 * {@code quarkus.http.limits.max-body-size} in a route of its own ({@link RouteConstants#ROUTE_ORDER_UPLOAD_LIMIT})
 * and answers an empty 413 with {@code Connection: close} before JAX-RS sees the request, so only a route ordered
 * before it reaches every oversized request. That Quarkus limit stays a little higher as the backstop for chunked
 * bodies, which declare no length: when one grows past it while being read, Quarkus answers the same empty 413 and
 * closes the connection, and the reader's {@code IOException} reaches the mappers too late to change the answer.
 */
@Singleton
public class RequestSizeLimit {

    private final RequestLimitsConfig limits;
    private final ObjectMapper objectMapper;

    public RequestSizeLimit(RequestLimitsConfig limits, ObjectMapper objectMapper) {
        this.limits = limits;
        this.objectMapper = objectMapper;
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    void check(RoutingContext context) {
        long limit = limits.maxBodySize().asLongValue();
        if (declaredLength(context) <= limit) {
            context.next();
            return;
        }
        Problem problem = ProblemFactory
                .of(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE), context.request().path())
                .problem(413, "payload-too-large", List.of(), null, "problem.payload-too-large.detail", limit);
        String body;
        try {
            body = objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            context.fail(e);
            return;
        }
        // the unread body is still on the wire: close rather than read it
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(body);
    }

    /** -1 when there is no (or no valid) {@code Content-Length}; the HTTP server rejects a malformed one itself. */
    private static long declaredLength(RoutingContext context) {
        String contentLength = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength == null) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }
}
