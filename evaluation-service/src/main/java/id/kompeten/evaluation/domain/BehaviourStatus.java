package id.kompeten.evaluation.domain;

/** Where a completion's L3 rating stands. */
public enum BehaviourStatus {
    /** Not rated, before the due day. */
    PENDING,
    /** Not rated, from the due day on: the supervisor may rate now. */
    DUE,
    /** Rated. */
    RATED
}
