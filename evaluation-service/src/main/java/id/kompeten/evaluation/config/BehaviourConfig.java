package id.kompeten.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of Kirkpatrick L3, the supervisor's rating of applied behaviour (BehaviourService, effectiveness). */
@ConfigMapping(prefix = "kompeten.evaluation.behaviour")
public interface BehaviourConfig {

    /**
     * Calendar days from the day of completion to the day the supervisor's rating falls due (the domain's default:
     * 90, about three months of applying what was learnt). A change applies to every unrated completion at once.
     */
    @WithDefault("90")
    int dueAfterDays();

}
