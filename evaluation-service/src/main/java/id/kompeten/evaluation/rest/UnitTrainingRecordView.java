package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.UnitTrainingFigures;
import id.kompeten.evaluation.service.UnitTrainingRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What training a unit's staff completed over a period, and per month. */
@Schema(name = "UnitTrainingRecord")
public record UnitTrainingRecordView(
        @Schema(example = "DISDUKCAPIL-SIBOLGA") String unitCode,
        @Schema(description = "The period, canonical: a month, quarter, semester or year", example = "2026-Q4")
        String period,
        @Schema(description = "First day of the period", example = "2026-10-01") LocalDate from,
        @Schema(description = "Last day of the period", example = "2026-12-31") LocalDate to,
        @Schema(description = "Active staff of the unit in the participant register now: the trained share's"
                + " denominator", example = "8") long activeStaff,
        @Schema(description = "Distinct staff who completed a course in the period", example = "3") int staffTrained,
        @Schema(description = "Courses completed in the period", example = "4") int completions,
        @Schema(description = "JP the period's completions earned", example = "96") int jpDelivered,
        @Schema(description = "Distinct staff who completed a course from January 1 to the period's end",
                example = "5") int staffTrainedThisYear,
        @Schema(description = "staffTrainedThisYear / activeStaff, four decimals (half up); may exceed 1 when people"
                + " trained this year have left the unit; null when the register knows none of the unit's staff",
                example = "0.6250", nullable = true) BigDecimal trainedShare,
        @Schema(description = "Each month of the period, in order (months without completions included)")
        List<Month> months) {

    @Schema(name = "UnitTrainingRecordMonth")
    public record Month(
            @Schema(example = "2026-11") String period,
            @Schema(description = "Distinct staff who completed a course in the month", example = "3")
            int staffTrained,
            @Schema(description = "Courses completed in the month", example = "3") int completions,
            @Schema(description = "JP the month's completions earned", example = "72") int jpDelivered,
            @Schema(description = "Distinct staff who completed a course from January 1 to the month's end",
                    example = "5") int staffTrainedThisYear,
            @Schema(description = "staffTrainedThisYear / activeStaff, four decimals; null without known staff",
                    example = "0.6250", nullable = true) BigDecimal trainedShare) {
    }

    static UnitTrainingRecordView of(UnitTrainingRecord record) {
        UnitTrainingFigures totals = record.totals();
        return new UnitTrainingRecordView(record.unitCode(), record.period().text(),
                record.period().firstDay(), record.period().lastDay(), record.activeStaff(),
                totals.staffTrained(), totals.completions(), totals.jpDelivered(), totals.staffTrainedThisYear(),
                totals.trainedShare(), record.months().stream().map(month -> new Month(month.month().toString(),
                        month.figures().staffTrained(), month.figures().completions(), month.figures().jpDelivered(),
                        month.figures().staffTrainedThisYear(), month.figures().trainedShare())).toList());
    }
}
