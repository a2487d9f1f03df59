package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.OperationalRecord;
import id.kompeten.platform.api.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service unit's operational figures of one month. */
@Schema(name = "OperationalRecord")
public record OperationalRecordView(
        @Schema(example = "DISDUKCAPIL-SIBOLGA-LOKET") String serviceUnitCode,
        @Schema(description = "The month", example = "2026-10") String period,
        @Schema(example = "1040") int transactions,
        @Schema(description = "Minutes, two decimals", example = "14.50") BigDecimal meanWaitingMinutes,
        @Schema(description = "Minutes, two decimals", example = "22.25") BigDecimal meanProcessingMinutes,
        @Schema(example = "4") int complaintsReceived,
        @Schema(example = "4") int complaintsResolved,
        Instant updatedAt,
        @Schema(description = "The token subject of the last change", example = "admin-sibolga") String updatedBy,
        @Schema(description = "Entity version; also sent as the ETag") long version) implements Versioned {

    static OperationalRecordView of(OperationalRecord record) {
        OperationalRecord.Figures figures = record.figures();
        return new OperationalRecordView(record.key().serviceUnitCode(),
                YearMonth.from(record.key().monthStart()).toString(), figures.transactions(),
                figures.meanWaitingMinutes(), figures.meanProcessingMinutes(), figures.complaintsReceived(),
                figures.complaintsResolved(), record.updatedAt(), record.updatedBy(), record.version());
    }
}
