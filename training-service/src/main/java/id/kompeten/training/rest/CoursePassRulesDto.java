package id.kompeten.training.rest;

import id.kompeten.training.service.CourseFields;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When a participant completes the course. */
@Schema(name = "CoursePassRules", description = "Completion rule: attendance at least minAttendancePercent of the"
        + " session days and a post-test score of at least minPostTestScore")
public record CoursePassRulesDto(
        @Min(0) @Max(100) @Schema(description = "0 to 100; default 80", example = "80") Integer minAttendancePercent,
        @Min(0) @Max(100) @Schema(description = "0 to 100; default 70", example = "70") Integer minPostTestScore)
        implements CourseFields.PassRules {
}
