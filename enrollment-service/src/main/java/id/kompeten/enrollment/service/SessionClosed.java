package id.kompeten.enrollment.service;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a session's close: when and by whom it was closed and every decision it made. A retried close gets
 * the same answer and changes nothing.
 *
 * @param closedNow true for the request that closed the session, false for a retry that found it closed
 */
public record SessionClosed(String sessionId, Instant closedAt, String closedBy, boolean closedNow, int completed,
        int failed, List<Decision> decisions) {

    /** One participant's decision. */
    public record Decision(String enrollmentId, String nip, String outcome, List<String> reasons,
            String certificateNumber) {
    }
}
