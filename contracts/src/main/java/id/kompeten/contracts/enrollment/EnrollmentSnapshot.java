package id.kompeten.contracts.enrollment;

import java.time.Instant;

/**
 * An enrollment as it stands after the change an event announces. The participant's unit and position are the ones
 * at request time.
 *
 * @param enrollmentId   the enrollment (the key of its events)
 * @param sessionId      the catalogue's session id
 * @param courseId       the catalogue's course id
 * @param nip            the participant's NIP (PNS) or NI PPPK (PPPK)
 * @param unitCode       the participant's unit at request time
 * @param positionCode   the participant's position at request time
 * @param positionName   its name
 * @param status         the status after the change
 * @param nominated      true when a unit admin nominated the person, false when they asked themselves
 * @param requestedAt    when it was requested
 * @param requestedBy    who requested it (the participant's or the unit admin's NIP or token subject)
 * @param decidedAt      when the supervisor approved or rejected it; null before
 * @param decidedBy      who did; null before
 * @param decisionReason the reason of a rejection; null otherwise
 * @param confirmedAt    when it got a seat (approval or promotion); null if it never had one
 * @param waitlistedAt   when it joined the waitlist; null if it never did
 * @param endedAt        when it was rejected, withdrawn, cancelled, completed or failed; null while open
 * @param endReason      why it ended (rejection, withdrawal or cancellation reason); null if none was given
 * @param version        the enrollment's version after the change (grows with every change)
 */
public record EnrollmentSnapshot(
        String enrollmentId,
        String sessionId,
        String courseId,
        String nip,
        String unitCode,
        String positionCode,
        String positionName,
        EnrollmentStatus status,
        boolean nominated,
        Instant requestedAt,
        String requestedBy,
        Instant decidedAt,
        String decidedBy,
        String decisionReason,
        Instant confirmedAt,
        Instant waitlistedAt,
        Instant endedAt,
        String endReason,
        long version) {
}
