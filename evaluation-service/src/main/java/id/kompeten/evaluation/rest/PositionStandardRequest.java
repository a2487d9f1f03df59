package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.StandardRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of PUT /api/v1/positions/{code}/competency-standard: the whole standard. */
@Schema(name = "PositionStandardRequest")
public record PositionStandardRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Pengadministrasi Layanan Kependudukan") String positionName,
        @NotNull @Size(min = 1, max = 100) @Schema(description = "The competencies the position requires, each once;"
                + " 1 to 100") List<@NotNull @Valid RequirementRequest> requirements) {

    String cleanName() {
        return positionName.strip();
    }

    List<StandardRequirement> toRequirements() {
        return requirements.stream().map(RequirementRequest::toRequirement).toList();
    }
}
