package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.PositionSummary;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A position that has a competency standard, in the list. */
@Schema(name = "PositionSummary")
public record PositionSummaryView(
        @Schema(example = "PENGADMINISTRASI-LAYANAN") String positionCode,
        @Schema(example = "Pengadministrasi Layanan Kependudukan") String positionName,
        @Schema(description = "How many competencies the standard requires", example = "3") int requirements,
        Instant updatedAt,
        @Schema(description = "The standard's version (its ETag)") long version) {

    static PositionSummaryView of(PositionSummary position) {
        return new PositionSummaryView(position.positionCode(), position.positionName(), position.requirements(),
                position.updatedAt(), position.version());
    }
}
