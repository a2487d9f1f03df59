package id.kompeten.evaluation.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Staff below their position standard in one competency (a line of UnitGapAggregation). Top-level: the OpenAPI
 * generator writes a nullable property of a nested record type as non-nullable.
 */
@Schema(name = "TrainingRecommendationGap", description = "Staff below their position standard in a competency")
public record StaffGapView(
        @Schema(description = "Staff whose standard requires the competency", example = "5") int staffMeasured,
        @Schema(description = "Of them, below the required level", example = "3") int belowStandard,
        @Schema(description = "Mean shortfall in levels over the staff measured, two decimals", example = "0.80")
        BigDecimal meanGap) {
}
