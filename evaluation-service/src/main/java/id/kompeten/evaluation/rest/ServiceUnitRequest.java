package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.ServiceUnit;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /api/v1/service-units (code required) and PUT /api/v1/service-units/{code} (code optional). */
@Schema(name = "ServiceUnitRequest")
public record ServiceUnitRequest(
        @Pattern(regexp = ServiceUnitResource.CODE) @Schema(description = "Required by POST; a PUT may leave it out or"
                + " repeat the path's code", example = "DISDUKCAPIL-SIBOLGA-LOKET", nullable = true) String code,
        @NotBlank @Size(max = 200) @Schema(example = "Loket Pelayanan Dukcapil Sibolga") String name,
        @NotBlank @Size(max = 200) @Schema(example = "Pemerintah Kota Sibolga") String agency,
        @NotBlank @Pattern(regexp = UnitGapResource.UNIT) @Schema(description = "The organisational unit it belongs"
                + " to, as participants' unitCode; its UNIT_ADMIN and SUPERVISORs read the service unit",
                example = "DISDUKCAPIL-SIBOLGA") String parentUnitCode,
        @Size(max = 200) @Schema(example = "Kota Sibolga", nullable = true) String region,
        @NotNull @Size(max = 50) @Schema(description = "Services offered, each once, e.g. as surveys name them",
                example = "[\"KTP-el\", \"Kartu Keluarga\"]") List<@NotBlank @Size(max = 100) String> serviceTypes,
        @NotNull @Size(max = 50) @Schema(description = "Competency codes the unit's staff need most; each in the"
                + " catalogue and active, once", example = "[\"PELAYANAN-PRIMA\"]")
        List<@NotBlank @Pattern(regexp = PositionStandardResource.CODE) String> keyCompetencies,
        @NotNull @Min(0) @Max(100000) @Schema(description = "Staff serving citizens directly", example = "6")
        Integer frontLineStaff) {

    ServiceUnit.Details toDetails() {
        return new ServiceUnit.Details(name.strip(), agency.strip(), parentUnitCode,
                region == null || region.isBlank() ? null : region.strip(),
                serviceTypes.stream().map(String::strip).toList(), List.copyOf(keyCompetencies), frontLineStaff);
    }
}
