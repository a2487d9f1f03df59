package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.domain.SkmGrade;
import id.kompeten.evaluation.domain.SkmResult;
import id.kompeten.evaluation.service.OperationsSummary;
import id.kompeten.evaluation.service.Scorecard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service unit's scorecard. */
@Schema(name = "ServiceUnitScorecard")
public record ScorecardView(
        @Schema(example = "DISDUKCAPIL-SIBOLGA-LOKET") String serviceUnitCode,
        @Schema(example = "Loket Pelayanan Disdukcapil Kota Sibolga") String name,
        @Schema(example = "Pemerintah Kota Sibolga") String agency,
        @Schema(description = "The organisational unit whose staff serve here", example = "DISDUKCAPIL-SIBOLGA")
        String parentUnitCode,
        @Schema(description = "MONTH or QUARTER, as requested (QUARTER by default)", example = "QUARTER")
        String granularity,
        @Schema(description = "The last complete periods, oldest first, ending with the last complete one in the"
                + " agency's calendar") List<PeriodLine> periods,
        @Schema(description = "The calendar year (agency zone) of the staff figures: this year", example = "2026")
        int staffYear,
        @Schema(description = "The parent unit's staff this year") ParentUnitStaffView staff,
        @Schema(description = "The competencies most of the parent unit's active staff are below standard on (top 5)")
        List<ReportingGapView> topGaps,
        @Schema(description = "Courses with measured effect here (L4): each session whose completions by the parent"
                + " unit's staff make this unit treated, with this unit's before/after change against the session's"
                + " comparison group, by first day; the same as GET /service-units/{code}/training-effect")
        List<ServiceUnitTrainingEffectView.Session> trainingEffects) {

    @Schema(name = "ServiceUnitScorecardPeriod")
    public record PeriodLine(
            @Schema(example = "2026-Q3") String period,
            @Schema(description = "First day", example = "2026-07-01") LocalDate from,
            @Schema(description = "Last day", example = "2026-09-30") LocalDate to,
            @Schema(description = "Survey responses in the period", example = "412") long respondents,
            @Schema(description = "IKM 25-100 from the period's summed scores, exact and rounded half-up to two"
                    + " decimals at the end; null without responses", example = "79.18", nullable = true)
            BigDecimal ikm,
            @Schema(description = "A-D of the two-decimal ikm; null without responses", example = "B",
                    nullable = true) SkmGrade grade,
            @Schema(description = "The grade's meaning in the request's language; null without responses",
                    example = "Good", nullable = true) String gradeLabel,
            @Schema(description = "Months of the period with an operational record", example = "3")
            int monthsReported,
            @Schema(description = "Minutes; the months' means weighted by their transactions, two decimals; null"
                    + " without transactions", example = "14.25", nullable = true) BigDecimal meanWaitingMinutes,
            @Schema(description = "Summed over the months; null when none has a record", example = "3120",
                    nullable = true) Long transactions,
            @Schema(description = "Summed over the months; null when none has a record", example = "12",
                    nullable = true) Long complaintsReceived,
            @Schema(description = "Summed over the months; null when none has a record", example = "11",
                    nullable = true) Long complaintsResolved) {
    }

    static ScorecardView of(Scorecard scorecard, Locale locale) {
        return new ScorecardView(scorecard.code(), scorecard.name(), scorecard.agency(), scorecard.parentUnitCode(),
                scorecard.granularity().name(),
                scorecard.periods().stream().map(figures -> line(figures, locale)).toList(), scorecard.year(),
                ParentUnitStaffView.of(scorecard.staff()), ReportingGapView.of(scorecard.topGaps()),
                scorecard.trainingEffects().stream().map(ServiceUnitTrainingEffectView::session).toList());
    }

    private static PeriodLine line(Scorecard.PeriodFigures figures, Locale locale) {
        Period period = figures.period();
        SkmResult skm = figures.skm();
        SkmGrade grade = skm.grade();
        OperationsSummary ops = figures.operations();
        return new PeriodLine(period.text(), period.firstDay(), period.lastDay(), skm.respondents(), skm.ikm(), grade,
                grade == null ? null : grade.label(locale), ops == null ? 0 : ops.monthsReported(),
                ops == null ? null : ops.meanWaitingMinutes(), ops == null ? null : ops.transactions(),
                ops == null ? null : ops.complaintsReceived(), ops == null ? null : ops.complaintsResolved());
    }
}
