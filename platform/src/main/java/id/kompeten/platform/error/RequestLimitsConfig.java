package id.kompeten.platform.error;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits on what a request may send that are the application's own. The body limit is the HTTP server's,
 * {@code quarkus.http.limits.max-body-size} (see {@link RequestLimits}).
 */
@ConfigMapping(prefix = "kompeten.http")
public interface RequestLimitsConfig {

    /**
     * Longest request URI (path and query) in characters; longer ones get 414 problem+json. Keep it well below
     * {@code quarkus.http.limits.max-initial-line-length}, the HTTP decoder's own guard, which answers an empty 414.
     */
    @WithDefault("8192")
    int maxUriLength();
}
