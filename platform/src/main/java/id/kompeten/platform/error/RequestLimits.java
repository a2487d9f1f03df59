package id.kompeten.platform.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests the HTTP layer refuses before the API sees them, answered with problem+json like every other 4xx: a URI
 * longer than {@code kompeten.http.max-uri-length} gets 414, a body larger than
 * {@code quarkus.http.limits.max-body-size} gets 413, whether its {@code Content-Length} declares it (refused unread)
 * or a chunked body grows past the limit while it is read.
 * <p>
 * Vert.x routes ordered before Quarkus's own: Quarkus answers an oversized body with an empty 413 before JAX-RS sees
 * the request (a declared one in its upload-limit route, a chunked one in its request reader). Here Vert.x Web's
 * body handler reads every body with that one limit and fails the request with 413, which {@link #refuseBody} puts
 * into words; Quarkus REST then reads the buffered body. Request lines longer than the HTTP decoder's guard
 * ({@code quarkus.http.limits.max-initial-line-length}) never become requests at all, so Quarkus 3.33 offers no hook
 * for them: the guard is set far above the URI limit (see microprofile-config.properties).
 */
@Singleton
public class RequestLimits {

    /** Before Quarkus's own upload-limit route, which would answer an oversized body with an empty 413. */
    private static final int URI_CHECK = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 4;
    private static final int BODY = URI_CHECK + 1;
    /** How long a refused body may still drain before its connection is closed anyway. */
    private static final long DRAIN_SECONDS = 5;

    private final HttpConfig http;
    private final MemorySize maxBodySize;
    private final ObjectMapper objectMapper;

    public RequestLimits(HttpConfig http,
                         @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                         ObjectMapper objectMapper) {
        this.http = http;
        this.maxBodySize = maxBodySize;
        this.objectMapper = objectMapper;
    }

    void register(@Observes Router router) {
        router.route().order(URI_CHECK).handler(this::checkUri);
        BodyHandler bodies = BodyHandler.create(false)
                .setBodyLimit(maxBodySize.asLongValue())
                .setMergeFormAttributes(false);
        router.route().order(BODY).handler(context -> {
            // Vert.x's body handler would wait forever for the end of a request that has already ended.
            if (context.request().isEnded()) {
                context.next();
            } else {
                bodies.handle(context);
            }
        });
        router.route().order(BODY).failureHandler(this::refuseBody);
        // Quarkus REST reads the buffered body when there is one, else the request stream, where it would wait for
        // data that never comes if the request has ended already. So a request the body handler read nothing from (no
        // body sent, or an empty chunked one) gets an empty body.
        router.route().order(BODY + 1).handler(context -> {
            if (context.body().buffer() == null) {
                context.setBody(Buffer.buffer());
            }
            context.next();
        });
    }

    void checkUri(RoutingContext context) {
        int limit = http.maxUriLength();
        if (context.request().uri().length() <= limit) {
            context.next();
            return;
        }
        send(context, 414, problems(context).problem(414, "uri-too-long", List.of(), null,
                "problem.uri-too-long.detail", limit));
    }

    /** Failures of the body handler: 413 for a body over the limit; anything else goes on to Quarkus's handling. */
    void refuseBody(RoutingContext context) {
        if (context.statusCode() != 413 || context.response().headWritten()) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        if (request.version() != HttpVersion.HTTP_2) {
            // The rest of the body may still be on its way: the connection is not reused, and closes once the body
            // has drained or after a short while (closing at once could reset it before the client reads the answer).
            context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            context.response().endHandler(ended -> request.connection().shutdown(DRAIN_SECONDS, TimeUnit.SECONDS));
            if (!request.isEnded()) {
                request.handler(discarded -> { }).resume();
            }
        }
        send(context, 413, problems(context).problem(413, "payload-too-large", List.of(), null,
                "problem.payload-too-large.detail", maxBodySize.asLongValue()));
    }

    private static ProblemFactory problems(RoutingContext context) {
        return ProblemFactory.of(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE), context.request().path());
    }

    private void send(RoutingContext context, int status, Problem problem) {
        String body;
        try {
            body = objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            context.fail(e);
            return;
        }
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
