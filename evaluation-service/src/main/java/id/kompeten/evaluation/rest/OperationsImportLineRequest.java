package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.OperationsImportRow;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of an operational-records import: one unit's figures of one month (a CSV row has the same columns). */
@Schema(name = "OperationalRecordImportLine")
public record OperationsImportLineRequest(
        @NotBlank @Pattern(regexp = ServiceUnitResource.CODE) @Schema(example = "DISDUKCAPIL-SIBOLGA-LOKET")
        String serviceUnitCode,
        @NotBlank @Schema(description = "A month", example = "2026-10") String period,
        @NotNull @Min(0) @Schema(example = "1040") Integer transactions,
        @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) @Schema(example = "14.5")
        BigDecimal meanWaitingMinutes,
        @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) @Schema(example = "22.25")
        BigDecimal meanProcessingMinutes,
        @NotNull @Min(0) @Schema(example = "4") Integer complaintsReceived,
        @NotNull @Min(0) @Schema(description = "At most complaintsReceived", example = "4")
        Integer complaintsResolved) implements OperationsImportRow.Line {
}
