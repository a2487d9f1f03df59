package id.kompeten.platform.error;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the HTTP layer treats requests it refuses. The body limit is the HTTP server's,
 * {@code quarkus.http.limits.max-body-size} (see {@link RequestLimits}).
 */
@ConfigMapping(prefix = "kompeten.http")
public interface HttpConfig {

    /**
     * Longest request URI (path and query) in characters; longer ones get 414 problem+json. Keep it well below
     * {@code quarkus.http.limits.max-initial-line-length}, the HTTP decoder's own guard, which answers an empty 414.
     */
    @WithDefault("8192")
    int maxUriLength();

    /**
     * How long a client is asked to wait ({@code Retry-After}) when the service answers 503 because its database is
     * overloaded or not answering.
     */
    @WithDefault("5s")
    Duration retryAfter();
}
