package id.kompeten.platform.security;

import id.kompeten.platform.error.ProblemMappers;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * CORS for the portal front ends, which call the API from pages of their own origin: an origin listed in
 * {@code kompeten.cors.origins} gets its preflight answered and may read every answer, errors included, with the
 * headers clients need; any other origin gets no CORS headers, so its browser withholds the answer.
 * <p>
 * Not Quarkus's CORS filter: it answers a request from an unlisted origin with an empty 403, and every 4xx here is
 * problem+json. Nothing is refused: requests without an allowed origin (other servers, same-origin pages such as the
 * Swagger UI) are served as before. No credentials mode: the API takes bearer tokens, not cookies.
 */
@Singleton
public class CrossOriginRequests {

    /** Request headers a page may send: the token, JSON bodies, optimistic locking, retries, the language. */
    static final List<String> ALLOWED_HEADERS =
            List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "Accept-Language");
    /** Response headers a page may read besides the CORS-safelisted ones. */
    static final List<String> EXPOSED_HEADERS =
            List.of("ETag", "Location", "Retry-After", ProblemMappers.CORRELATION_ID_HEADER);
    static final List<String> ALLOWED_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    /** First of all routes, so that answers given by the HTTP layer itself (413, 414) carry the headers too. */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 10;

    private final Set<String> origins;
    private final String maxAge;

    public CrossOriginRequests(CorsConfig config) {
        this.origins = Set.copyOf(config.origins().orElse(List.of()));
        this.maxAge = String.valueOf(config.preflightMaxAge().toSeconds());
    }

    void register(@Observes Router router) {
        if (!origins.isEmpty()) {
            router.route().order(ORDER).handler(this::handle);
        }
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        // The answer depends on the origin, so caches must keep one per origin.
        response.headers().add(HttpHeaders.VARY, "Origin");
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || !origins.contains(origin)) {
            context.next();
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        if (request.method() == HttpMethod.OPTIONS
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            response.setStatusCode(204)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, String.join(", ", ALLOWED_METHODS))
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, String.join(", ", ALLOWED_HEADERS))
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, maxAge)
                    .end();
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, String.join(", ", EXPOSED_HEADERS));
        context.next();
    }
}
