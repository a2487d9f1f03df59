package id.kompeten.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings of the competency profiles (CompetencyProfileService). */
@ConfigMapping(prefix = "kompeten.profile")
public interface ProfileConfig {

    /**
     * The agency's time zone: the day a completed course's level counts from is the completion's date there, an
     * assessment's date defaults to today there and may not be after it. Enrollment's setting of the same meaning is
     * kompeten.participants.zone; agencies in Makassar or Jayapura set Asia/Makassar or Asia/Jayapura in both.
     */
    @WithDefault("Asia/Jakarta")
    ZoneId zone();
}
