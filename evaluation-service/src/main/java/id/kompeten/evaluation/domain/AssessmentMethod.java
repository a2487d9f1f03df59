package id.kompeten.evaluation.domain;

/** How an evaluator assessed a competency level. */
public enum AssessmentMethod {
    /** A written or computer-based test. */
    TEST,
    /** Watching the person at work (e.g. at the service counter). */
    OBSERVATION,
    /** A structured or competency-based interview. */
    INTERVIEW,
    /** Work products and documents the person put forward. */
    PORTFOLIO,
    /** A simulation or role play (e.g. a presentation or a counter scenario). */
    SIMULATION
}
