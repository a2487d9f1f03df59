package id.kompeten.training.rest;

import id.kompeten.training.domain.CourseDefinition;
import id.kompeten.training.service.CourseFields;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A competency a course develops and the level a participant who passes reaches. */
@Schema(name = "CourseCompetency", description = "A competency the course develops, and the proficiency level (1-5)"
        + " a participant who passes reaches")
public record CourseCompetencyDto(
        @NotBlank @Pattern(regexp = CourseRequest.CODE) @Schema(description = "Competency code; must exist in the"
                + " dictionary and be active", example = "KOMUNIKASI-PUBLIK") String code,
        @NotNull @Min(1) @Max(5) @Schema(description = "Proficiency level, 1 to 5", example = "3") Integer level)
        implements CourseFields.Competency {

    public static CourseCompetencyDto of(CourseDefinition.CompetencyTarget target) {
        return new CourseCompetencyDto(target.competencyCode(), target.level());
    }
}
