package id.kompeten.training.rest;

import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.contracts.catalog.LearningMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import id.kompeten.training.service.CourseFields;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of PUT /api/v1/courses/{id}: every editable field, replacing the current ones (the code never changes). Same
 * rules as {@link CourseRequest}.
 */
@Schema(name = "CourseUpdate")
public record CourseUpdateRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Komunikasi Publik") String title,
        @Size(max = 5000) String description,
        @Size(max = 30) @Schema(description = "Learning objectives, at most 30, each one line of up to 500 characters")
        List<@NotBlank @Size(max = 500) String> objectives,
        @Size(max = 20) @Schema(description = "The competencies the course develops (each code once), at most 20; a"
                + " published course keeps at least one") List<@NotNull @Valid CourseCompetencyDto> competencies,
        @NotEmpty @Schema(description = "How the course teaches; at least one") Set<@NotNull LearningMethod> methods,
        @NotNull @Schema(example = "CLASSROOM") DeliveryMode deliveryMode,
        @NotNull @Min(1) @Max(400) @Schema(description = "1 to 400; cannot change while the course has active"
                + " sessions", example = "24") Integer jp,
        @NotBlank @Size(max = 36) @Schema(description = "Id of a registered provider") String providerId,
        @Valid @Schema(description = "Optional; defaults 80 and 70") CoursePassRulesDto passRules,
        @Valid CourseTargetAudienceDto targetAudience) implements CourseFields {
}
