package id.kompeten.enrollment.rest;

import id.kompeten.contracts.enrollment.AttendanceStatus;
import id.kompeten.enrollment.domain.CompletionOutcome;
import id.kompeten.enrollment.domain.EnrollmentStatus;
import id.kompeten.enrollment.service.SessionResults;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session's attendance sheet and scores, with the participants the caller may see. */
@Schema(name = "SessionResults")
public record SessionResultsView(
        @Schema(example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String sessionId,
        @Schema(description = "The session's days, from the catalogue") List<LocalDate> days,
        @Schema(description = "When the session was closed; null while results can still change", nullable = true)
        Instant closedAt,
        List<Row> participants) {

    /** One participant: confirmed, or decided (COMPLETED, FAILED). */
    @Schema(name = "SessionResultsRow")
    public record Row(
            @Schema(example = "5c2d8e41-7a3b-4f19-b6d0-9e8f7a6b5c43") String enrollmentId,
            @Schema(example = "198703122010011004") String nip,
            @Schema(example = "DISDUKCAPIL-SIBOLGA") String unitCode,
            EnrollmentStatus status,
            @Schema(description = "Recorded days by date; unrecorded days are missing") List<Day> days,
            @Schema(description = "Days recorded PRESENT", example = "3") int daysPresent,
            @Schema(nullable = true, example = "55") Integer preScore,
            @Schema(nullable = true, example = "82") Integer postScore,
            @Schema(description = "The decision, once made", nullable = true) CompletionOutcome outcome,
            @Schema(description = "Shortfalls of a close (comma-separated) or an admin's reason", nullable = true)
            String reasons,
            @Schema(nullable = true, example = "KMP-2027-7H3K-Q9XD-2M4T-V8RB") String certificateNumber) {
    }

    /** One recorded day. */
    @Schema(name = "AttendanceDay")
    public record Day(@Schema(example = "2027-02-08") LocalDate date, AttendanceStatus status) {
    }

    static SessionResultsView of(SessionResults results) {
        return new SessionResultsView(results.sessionId(), results.days(), results.closedAt(),
                results.participants().stream().map(row -> new Row(row.enrollmentId(), row.nip(), row.unitCode(),
                        row.status(), row.days().entrySet().stream()
                                .map(day -> new Day(day.getKey(), day.getValue())).toList(),
                        row.daysPresent(), row.preScore(), row.postScore(), row.outcome(), row.reasons(),
                        row.certificateNumber())).toList());
    }
}
