package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.domain.SiasnCategory;
import id.kompeten.enrollment.service.SiasnTrainingTypeService.SiasnTrainingTypeDetails;
import id.kompeten.platform.api.Versioned;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SiasnTrainingType", description = "The SIASN training type (jenis diklat) a kind of course is"
        + " exported with")
public record SiasnTrainingTypeView(
        @Schema(description = "The kind of course: SEMINAR (lecture and group discussion only), E_LEARNING (delivered"
                + " online only), else by the type most of its competencies have (TECHNICAL, MANAGERIAL,"
                + " SOCIO_CULTURAL; a tie goes to technical, then managerial)", example = "TECHNICAL")
        SiasnCategory category,
        @Schema(description = "SIASN's reference id of the training type (jenisDiklatId)", example = "3")
        String jenisDiklatId,
        @Schema(description = "Its name in SIASN, for people reading the mapping", example = "Diklat Teknis")
        String jenisDiklatName,
        @Schema(description = "Entity version; also sent as the ETag", example = "0") long version,
        @Schema(example = "2026-01-01T00:00:00Z") Instant updatedAt,
        @Schema(description = "Who changed it last: a token subject, or `default` for the seeded value",
                example = "default") String updatedBy) implements Versioned {

    static SiasnTrainingTypeView of(SiasnTrainingTypeDetails details) {
        return new SiasnTrainingTypeView(details.category(), details.jenisDiklatId(), details.jenisDiklatName(),
                details.version(), details.updatedAt(), details.updatedBy());
    }
}
