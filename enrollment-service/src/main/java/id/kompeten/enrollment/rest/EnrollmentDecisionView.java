package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.service.EnrollmentDecision;
import id.kompeten.platform.api.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's decision on one enrollment. */
@Schema(name = "EnrollmentDecision")
public record EnrollmentDecisionView(
        @Schema(example = "5c2d8e41-7a3b-4f19-b6d0-9e8f7a6b5c43") String enrollmentId,
        @Schema(example = "198703122010011004") String nip,
        @Schema(example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String sessionId,
        @Schema(enumeration = {"COMPLETED", "FAILED"}, example = "COMPLETED") String outcome,
        @Schema(example = "Attended the make-up day and passed the repeated post-test") String reason,
        @Schema(description = "Days present / session days × 100, as recorded", example = "100.00")
        BigDecimal attendancePercent,
        @Schema(nullable = true, example = "55") Integer preScore,
        @Schema(nullable = true, example = "82") Integer postScore,
        @Schema(description = "For COMPLETED", nullable = true, example = "KMP-2027-7H3K-Q9XD-2M4T-V8RB")
        String certificateNumber,
        Instant decidedAt,
        @Schema(example = "198204152006041001") String decidedBy,
        @Schema(description = "The enrollment's version after the decision; also the ETag") long version)
        implements Versioned {

    static EnrollmentDecisionView of(EnrollmentDecision d) {
        return new EnrollmentDecisionView(d.enrollmentId(), d.nip(), d.sessionId(), d.outcome(), d.reason(),
                d.attendancePercent(), d.preScore(), d.postScore(), d.certificateNumber(), d.decidedAt(),
                d.decidedBy(), d.version());
    }
}
