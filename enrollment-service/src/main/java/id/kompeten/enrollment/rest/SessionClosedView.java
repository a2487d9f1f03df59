package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.service.SessionClosed;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a session's close decided; a retried close answers the same and changes nothing. */
@Schema(name = "SessionClosed")
public record SessionClosedView(
        @Schema(example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String sessionId,
        Instant closedAt,
        @Schema(example = "199002142015031002") String closedBy,
        @Schema(description = "True for the request that closed the session, false when it was closed already")
        boolean closedNow,
        @Schema(example = "33") int completed,
        @Schema(example = "2") int failed,
        @Schema(description = "Every decision of the close (not those an admin made by hand)")
        List<Decision> decisions) {

    /** One participant's decision. */
    @Schema(name = "CloseDecision")
    public record Decision(
            @Schema(example = "5c2d8e41-7a3b-4f19-b6d0-9e8f7a6b5c43") String enrollmentId,
            @Schema(example = "198703122010011004") String nip,
            @Schema(enumeration = {"COMPLETED", "FAILED"}, example = "COMPLETED") String outcome,
            @Schema(description = "For FAILED: ATTENDANCE_BELOW_MINIMUM, POST_TEST_MISSING, POST_TEST_BELOW_PASS_SCORE")
            List<String> reasons,
            @Schema(description = "For COMPLETED", nullable = true, example = "KMP-2027-7H3K-Q9XD-2M4T-V8RB")
            String certificateNumber) {
    }

    static SessionClosedView of(SessionClosed closed) {
        return new SessionClosedView(closed.sessionId(), closed.closedAt(), closed.closedBy(), closed.closedNow(),
                closed.completed(), closed.failed(), closed.decisions().stream()
                        .map(d -> new Decision(d.enrollmentId(), d.nip(), d.outcome(), d.reasons(),
                                d.certificateNumber())).toList());
    }
}
