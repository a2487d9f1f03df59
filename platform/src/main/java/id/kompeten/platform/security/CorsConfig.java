package id.kompeten.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Which browser origins may call the API from their own pages (CORS), see {@link CrossOriginRequests}. */
@ConfigMapping(prefix = "kompeten.cors")
public interface CorsConfig {

    /**
     * Origins ({@code scheme://host[:port]}, exactly as browsers send them) whose pages may call the API, comma
     * separated ({@code CORS_ORIGINS}). None by default: a browser page of another origin cannot read any answer.
     */
    Optional<List<String>> origins();

    /** How long a browser may cache a preflight answer. */
    @WithDefault("1h")
    Duration preflightMaxAge();
}
