package id.kompeten.platform.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of {@code Idempotency-Key} handling ({@link IdempotencyKeys}). */
@ConfigMapping(prefix = "kompeten.idempotency")
public interface IdempotencyConfig {

    /**
     * How long a key is remembered: a retry within this time gets the resource the first request created; after it,
     * the same key creates anew. Clients retry within minutes; a day also covers a retry after an outage.
     */
    @WithDefault("24h")
    Duration retention();
}
