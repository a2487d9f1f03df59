package id.kompeten.contracts.enrollment;

/**
 * Where an enrollment stands. Approval moves REQUESTED straight to CONFIRMED (a seat) or WAITLISTED. REJECTED,
 * WITHDRAWN and CANCELLED end it without a result; COMPLETED and FAILED are the session's outcome.
 */
public enum EnrollmentStatus {
    REQUESTED, CONFIRMED, WAITLISTED, REJECTED, WITHDRAWN, CANCELLED, COMPLETED, FAILED
}
