package id.kompeten.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of Kirkpatrick L4, the training's effect on the service units' quality (TrainingEffectService). */
@ConfigMapping(prefix = "kompeten.evaluation.results")
public interface ResultsConfig {

    /**
     * Calendar months before a session's first month that make its "before" period (default 3, one quarter): the
     * months ending with the month before the session started.
     */
    @WithDefault("3")
    int monthsBefore();

    /**
     * Calendar months after a session's last month that make its "after" period (default 3): the months starting with
     * the month after the session ended. Until they are all complete the session's figures are PARTIAL.
     */
    @WithDefault("3")
    int monthsAfter();

    /**
     * A unit with fewer SKM respondents than this in the before or the after period is flagged and left out of the
     * IKM figures (default 30 per period): an IKM of a handful of citizens moves by chance.
     */
    @WithDefault("30")
    int minRespondents();
}
