package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.OperationalRecord;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of PUT /api/v1/service-units/{code}/operations/{period}: a month's operational figures. */
@Schema(name = "OperationalRecordRequest")
public record OperationsRequest(
        @NotNull @Min(0) @Schema(description = "Services delivered in the month", example = "1040") Integer transactions,
        @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) @Schema(description = "Mean minutes a citizen"
                + " waited before being served, up to two decimals", example = "14.5") BigDecimal meanWaitingMinutes,
        @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) @Schema(description = "Mean minutes from being"
                + " served to completion, up to two decimals", example = "22.25") BigDecimal meanProcessingMinutes,
        @NotNull @Min(0) @Schema(example = "4") Integer complaintsReceived,
        @NotNull @Min(0) @Schema(description = "At most complaintsReceived", example = "4")
        Integer complaintsResolved) {

    OperationalRecord.Figures toFigures() {
        return new OperationalRecord.Figures(transactions, meanWaitingMinutes, meanProcessingMinutes,
                complaintsReceived, complaintsResolved);
    }
}
