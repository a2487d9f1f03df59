package id.kompeten.platform.error;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what a request may send, checked before anything reads the body. */
@ConfigMapping(prefix = "kompeten.http")
public interface RequestLimitsConfig {

    /**
     * Largest request body, by its {@code Content-Length}; larger ones get 413 problem+json. Keep
     * {@code quarkus.http.limits.max-body-size} a little above it: that is the backstop for chunked bodies, which
     * declare no length up front.
     */
    @WithDefault("5M")
    MemorySize maxBodySize();
}
