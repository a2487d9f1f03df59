package id.kompeten.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of Kirkpatrick L1, the participants' reactions (effectiveness figures). */
@ConfigMapping(prefix = "kompeten.evaluation.reaction")
public interface ReactionConfig {

    /**
     * L1 answers are anonymous: a session's or course's item means are shown only from this many responses on (null
     * below, with meansHidden), so a trainer cannot read one participant's answers off the mean of one or two.
     */
    @WithDefault("3")
    int minResponses();
}
