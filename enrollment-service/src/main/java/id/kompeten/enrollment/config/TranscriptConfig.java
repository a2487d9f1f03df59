package id.kompeten.enrollment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of transcripts, the unit compliance report and the SIASN export (TranscriptService). Their JP minimum is
 * the one of the whole service, {@link EnrollmentConfig#yearlyMinimumJp}.
 */
@ConfigMapping(prefix = "kompeten.transcripts")
public interface TranscriptConfig {

    /**
     * The first year a transcript, report or export may ask for; later than next year is refused too (a projection
     * looks at most into next year's confirmed sessions). Older years hold no records of this system.
     */
    @WithDefault("2000")
    int earliestYear();
}
