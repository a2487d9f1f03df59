package id.kompeten.enrollment.domain;

/** How an enrollment ended once its session was decided: COMPLETED earns the JP and a certificate, FAILED neither. */
public enum CompletionOutcome {
    COMPLETED,
    FAILED
}
