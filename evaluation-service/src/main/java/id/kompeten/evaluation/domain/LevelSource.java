package id.kompeten.evaluation.domain;

/** Where a competency level came from. */
public enum LevelSource {
    /** A completed course raised it to the course's target level. */
    COURSE,
    /** An evaluator assessed it (test, observation, interview, portfolio ...), possibly lower than before. */
    ASSESSMENT,
    /** An admin entered it by hand (e.g. records from before the platform). */
    MANUAL
}
