package id.kompeten.training.rest;

import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.contracts.catalog.LearningMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import id.kompeten.training.service.NewCourse;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/courses, and one course of POST /api/v1/courses:import. */
@Schema(name = "CourseCreate")
public record CourseRequest(
        @NotBlank @Pattern(regexp = CODE)
        @Schema(description = "Stable, unique code: upper case letters, digits, '.', '_' or '-', 2 to 50 characters;"
                + " it never changes", example = "KOMPUB-2027") String code,
        @NotBlank @Size(max = 300) @Schema(example = "Komunikasi Publik") String title,
        @Size(max = 5000) @Schema(example = "Public communication for front-line ASN, with a presentation simulation.")
        String description,
        @Size(max = 30) @Schema(description = "Learning objectives, at most 30, each one line of up to 500 characters",
                example = "[\"Explain a service procedure clearly to citizens\", \"Handle a complaint calmly\"]")
        List<@NotBlank @Size(max = 500) String> objectives,
        @Size(max = 20) @Schema(description = "The competencies the course develops (each code once), at most 20;"
                + " publishing needs at least one") List<@NotNull @Valid CourseCompetencyDto> competencies,
        @NotEmpty @Schema(description = "How the course teaches; at least one",
                example = "[\"LECTURE\", \"GROUP_DISCUSSION\", \"SIMULATION\"]") Set<@NotNull LearningMethod> methods,
        @NotNull @Schema(example = "CLASSROOM") DeliveryMode deliveryMode,
        @NotNull @Min(1) @Max(400) @Schema(description = "Training hours (jam pelajaran, 45 minutes each) a completer"
                + " earns, 1 to 400", example = "24") Integer jp,
        @NotBlank @Size(max = 36) @Schema(description = "Id of a registered provider; publishing needs it active and"
                + " accredited", example = "6f1c2a7e-3b9d-4c55-9a51-0d2b8e7f4c11") String providerId,
        @Valid @Schema(description = "Optional; defaults 80 and 70") CoursePassRulesDto passRules,
        @Valid CourseTargetAudienceDto targetAudience) implements NewCourse {

    /** Codes of courses, competencies and positions. */
    public static final String CODE = "[A-Z0-9][A-Z0-9._-]{1,49}";
}
