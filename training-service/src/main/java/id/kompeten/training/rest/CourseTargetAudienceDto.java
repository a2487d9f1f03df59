package id.kompeten.training.rest;

import id.kompeten.training.service.CourseFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who a course is for. */
@Schema(name = "CourseTargetAudience", description = "Who the course is for")
public record CourseTargetAudienceDto(
        @Size(max = 50) @Schema(description = "Codes of the positions (jabatan) the course is meant for, at most 50;"
                + " a code given twice counts once", example = "[\"PENGADMINISTRASI-LAYANAN\"]")
        List<@NotBlank @Pattern(regexp = CourseRequest.CODE) String> positionCodes,
        @Size(max = 1000) @Schema(example = "Front-line staff of service units", nullable = true) String description)
        implements CourseFields.Audience {
}
