package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.domain.JpStanding;
import id.kompeten.enrollment.service.TranscriptService.CompletedCourse;
import id.kompeten.enrollment.service.TranscriptService.TranscriptDetails;
import id.kompeten.enrollment.service.TranscriptService.UpcomingCourse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Transcript", description = "A participant's JP (jam pelajaran, 45 minutes) of one calendar year: JP"
        + " count in the year of the session's end date")
public record TranscriptView(
        @Schema(example = "198703122010011004") String nip,
        @Schema(example = "Budi Santoso Hutagalung") String name,
        @Schema(description = "The participant's unit now", example = "DISDUKCAPIL-SIBOLGA") String unitCode,
        @Schema(example = "2026") int year,
        @Schema(description = "The yearly minimum (setting kompeten.enrollments.yearly-minimum-jp)", example = "20")
        int minimumJp,
        @Schema(description = "JP of the courses completed", example = "12") int completedJp,
        @Schema(description = "completedJp reaches minimumJp", example = "false") boolean minimumMet,
        @Schema(description = "JP still missing to the minimum; 0 once met", example = "8") int shortfallJp,
        @Schema(description = "JP of the confirmed sessions of the year not yet decided", example = "24")
        int confirmedJp,
        @Schema(description = "completedJp + confirmedJp: what the year comes to if those are completed",
                example = "36") int projectedJp,
        @Schema(description = "projectedJp reaches minimumJp", example = "true") boolean projectedMinimumMet,
        @Schema(description = "Completed courses, by session end") List<CompletedCourseView> completedCourses,
        @Schema(description = "Confirmed sessions not yet decided, by end") List<ConfirmedCourseView> confirmedCourses) {

    static TranscriptView of(TranscriptDetails details) {
        JpStanding standing = details.standing();
        return new TranscriptView(details.nip(), details.name(), details.unitCode(), standing.year(),
                standing.minimumJp(), standing.completedJp(), standing.minimumMet(), standing.shortfallJp(),
                standing.confirmedJp(), standing.projectedJp(), standing.projectedMinimumMet(),
                details.completed().stream().map(CompletedCourseView::of).toList(),
                details.upcoming().stream().map(ConfirmedCourseView::of).toList());
    }

    @Schema(name = "TranscriptCompletedCourse")
    public record CompletedCourseView(
            @Schema(example = "5d0f3f0e-8a3b-4a57-a0a4-2f1c6b9e7d21") String enrollmentId,
            @Schema(example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String courseId,
            @Schema(example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String sessionId,
            @Schema(example = "Penggunaan SIAK bagi Petugas Registrasi") String courseTitle,
            @Schema(example = "BPSDM Provinsi Sumatera Utara", nullable = true) String providerName,
            @Schema(example = "12") int jp,
            @Schema(example = "2026-03-09") LocalDate sessionStart,
            @Schema(example = "2026-03-10") LocalDate sessionEnd,
            @Schema(example = "KMP-2026-7H3K-Q9XD-2M4T-V8RB") String certificateNumber,
            @Schema(description = "When the completion was decided", example = "2026-03-11T02:00:00Z")
            Instant completedAt) {

        static CompletedCourseView of(CompletedCourse course) {
            return new CompletedCourseView(course.enrollmentId(), course.courseId(), course.sessionId(),
                    course.courseTitle(), course.providerName(), course.jp(), course.sessionStart(),
                    course.sessionEnd(), course.certificateNumber(), course.completedAt());
        }
    }

    @Schema(name = "TranscriptConfirmedCourse")
    public record ConfirmedCourseView(
            @Schema(example = "8c2e6a41-1f0b-4d7e-9c3a-6b5d4e3f2a10") String enrollmentId,
            @Schema(example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String courseId,
            @Schema(example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String sessionId,
            @Schema(example = "Komunikasi Publik dengan Simulasi Presentasi") String courseTitle,
            @Schema(example = "24") int jp,
            @Schema(example = "2026-10-12") LocalDate sessionStart,
            @Schema(example = "2026-10-14") LocalDate sessionEnd) {

        static ConfirmedCourseView of(UpcomingCourse course) {
            return new ConfirmedCourseView(course.enrollmentId(), course.courseId(), course.sessionId(),
                    course.courseTitle(), course.jp(), course.sessionStart(), course.sessionEnd());
        }
    }
}
