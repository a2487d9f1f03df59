package id.kompeten.evaluation.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a survey batch: how many responses were stored. */
@Schema(name = "SurveyReceipt")
public record SurveyReceiptView(
        @Schema(example = "DISDUKCAPIL-SIBOLGA-LOKET") String serviceUnitCode,
        @Schema(description = "Responses stored (all of the batch)", example = "412") int stored) {
}
