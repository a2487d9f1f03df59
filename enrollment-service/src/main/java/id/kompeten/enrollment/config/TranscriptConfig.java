package id.kompeten.enrollment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of transcripts, the unit compliance report and the SIASN export (TranscriptService). */
@ConfigMapping(prefix = "kompeten.transcripts")
public interface TranscriptConfig {

    /**
     * JP (jam pelajaran, 45 minutes) of competency development each participant should receive per calendar year;
     * the compliance report flags whoever has fewer. 20 is the national minimum for PNS.
     */
    @WithDefault("20")
    int minimumJp();

    /**
     * The first year a transcript, report or export may ask for; later than next year is refused too (a projection
     * looks at most into next year's confirmed sessions). Older years hold no records of this system.
     */
    @WithDefault("2000")
    int earliestYear();
}
