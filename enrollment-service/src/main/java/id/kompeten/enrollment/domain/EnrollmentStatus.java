package id.kompeten.enrollment.domain;

/**
 * Where an enrollment stands. Approval moves REQUESTED straight to CONFIRMED (a seat) or WAITLISTED; "approved" is the
 * EnrollmentApproved event, not a resting state.
 */
public enum EnrollmentStatus {
    REQUESTED, CONFIRMED, WAITLISTED, REJECTED, WITHDRAWN, CANCELLED, COMPLETED, FAILED;

    /** Ended without a result: the person may enroll in the session again (active_key is cleared). */
    public boolean ended() {
        return this == REJECTED || this == WITHDRAWN || this == CANCELLED;
    }

    /** Still before the session's outcome: withdrawal, rejection and cancellation are possible. */
    public boolean open() {
        return this == REQUESTED || this == CONFIRMED || this == WAITLISTED;
    }
}
