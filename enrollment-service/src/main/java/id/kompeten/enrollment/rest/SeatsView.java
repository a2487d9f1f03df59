package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.domain.WaitlistPolicy;
import id.kompeten.enrollment.service.EnrollmentService.SeatsDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session's seat count as enrollment keeps it. */
@Schema(name = "SessionSeats")
public record SeatsView(
        @Schema(example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String sessionId,
        @Schema(description = "The capacity counted against (the catalogue's, as last replicated)", example = "30")
        int capacity,
        @Schema(description = "Enrollments holding a seat (CONFIRMED)", example = "30") int confirmed,
        @Schema(description = "Enrollments on the waitlist (WAITLISTED)", example = "4") int waitlisted,
        WaitlistPolicy waitlistPolicy,
        @Schema(description = "The counter's version (the last SeatsChanged's)", example = "34") long version) {

    static SeatsView of(SeatsDetails seats) {
        return new SeatsView(seats.sessionId(), seats.capacity(), seats.confirmed(), seats.waitlisted(),
                seats.policy(), seats.version());
    }
}
