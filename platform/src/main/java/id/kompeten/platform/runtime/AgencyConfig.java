package id.kompeten.platform.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Facts about the agency that runs the platform, which every service reads the same way. */
@ConfigMapping(prefix = "kompeten.agency")
public interface AgencyConfig {

    /**
     * The agency's time zone: calendar dates ("today", the day of a completion, of an assessment) are dates there;
     * times are stored in UTC. Agencies in Makassar or Jayapura set Asia/Makassar or Asia/Jayapura.
     */
    @WithDefault("Asia/Jakarta")
    ZoneId zone();
}
