package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.ServiceUnit;
import id.kompeten.platform.api.Versioned;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service unit as the API shows it. */
@Schema(name = "ServiceUnit")
public record ServiceUnitView(
        @Schema(example = "DISDUKCAPIL-SIBOLGA-LOKET") String code,
        @Schema(example = "Loket Pelayanan Dukcapil Sibolga") String name,
        @Schema(example = "Pemerintah Kota Sibolga") String agency,
        @Schema(example = "DISDUKCAPIL-SIBOLGA") String parentUnitCode,
        @Schema(example = "Kota Sibolga", nullable = true) String region,
        @Schema(example = "[\"KTP-el\", \"Kartu Keluarga\"]") List<String> serviceTypes,
        @Schema(example = "[\"PELAYANAN-PRIMA\"]") List<String> keyCompetencies,
        @Schema(example = "6") int frontLineStaff,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The token subject of the last change", example = "admin-sibolga") String updatedBy,
        @Schema(description = "Entity version; also sent as the ETag") long version) implements Versioned {

    static ServiceUnitView of(ServiceUnit unit) {
        ServiceUnit.Details details = unit.details();
        return new ServiceUnitView(unit.code(), details.name(), details.agency(), details.parentUnitCode(),
                details.region(), details.serviceTypes(), details.keyCompetencies(), details.frontLineStaff(),
                unit.createdAt(), unit.updatedAt(), unit.updatedBy(), unit.version());
    }
}
