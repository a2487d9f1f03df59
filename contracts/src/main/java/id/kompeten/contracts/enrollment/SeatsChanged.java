package id.kompeten.contracts.enrollment;

import java.time.Instant;

/**
 * The seat count of a session changed. Enrollment owns seat accounting: it keeps one seat counter row per session,
 * changes it in the transaction that confirms, waitlists, promotes, withdraws or cancels, and publishes the row as it
 * stands after that transaction. The catalogue shows {@code seatsTaken} from it. Key: the session id.
 * <p>
 * A full snapshot of the counter, not a delta: a consumer keeps the one with the highest {@code version} and ignores
 * older or equal ones, so a late, repeated or replayed event changes nothing.
 *
 * @param sessionId  the session (the catalogue's session id)
 * @param seatsTaken enrollments holding a seat (CONFIRMED) after the change; never negative, above {@code capacity}
 *                   only when the capacity was lowered below the confirmed seats (nobody confirmed loses a seat)
 * @param capacity   the session's capacity enrollment counted against, from its copy of the catalogue; the catalogue
 *                   keeps its own capacity and does not take it from here
 * @param waitlisted enrollments on the session's waitlist (WAITLISTED) after the change
 * @param version    the counter row's version after the change: grows with every committed change of the row, never
 *                   reused, never reset; the order of a session's counts
 * @param occurredAt when the change happened (the transaction's time)
 */
public record SeatsChanged(
        String sessionId,
        int seatsTaken,
        int capacity,
        int waitlisted,
        long version,
        Instant occurredAt) implements EnrollmentEvent {

    @Override
    public String aggregateId() {
        return sessionId;
    }
}
