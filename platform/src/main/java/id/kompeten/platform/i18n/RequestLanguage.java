package id.kompeten.platform.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;

/** The language of the HTTP request being served, for code that has no request headers at hand. */
@Singleton
public class RequestLanguage {

    private final CurrentVertxRequest currentRequest;

    public RequestLanguage(CurrentVertxRequest currentRequest) {
        this.currentRequest = currentRequest;
    }

    /** Empty outside an HTTP request (Kafka consumers, scheduled jobs, startup). */
    public Optional<Locale> current() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        RoutingContext request = currentRequest.getCurrent();
        if (request == null) {
            return Optional.empty();
        }
        return Optional.of(Languages.fromAcceptLanguage(request.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
