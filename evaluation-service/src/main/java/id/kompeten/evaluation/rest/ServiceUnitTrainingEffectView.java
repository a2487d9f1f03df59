package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.TrainingEffect;
import id.kompeten.evaluation.service.TrainingEffectService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service unit's L4 figures: its own change in each session that treated it, against the session's comparison. */
@Schema(name = "ServiceUnitTrainingEffect")
public record ServiceUnitTrainingEffectView(
        @Schema(example = "DISDUKCAPIL-SIBOLGA-LOKET") String unitCode,
        @Schema(example = "Loket Pelayanan Disdukcapil Kota Sibolga") String unitName,
        @Schema(description = "Sessions whose completions make this unit treated (its parent unit's staff completed"
                + " them), by first day; empty when none") List<Session> sessions) {

    @Schema(name = "ServiceUnitTrainingEffectSession")
    public record Session(
            @Schema(example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String courseId,
            @Schema(example = "Komunikasi Publik dan Simulasi Presentasi") String courseTitle,
            @Schema(example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String sessionId,
            @Schema(example = "2026-05-11") LocalDate startDate,
            @Schema(example = "2026-05-13") LocalDate endDate,
            @Schema(enumeration = {"PENDING", "PARTIAL", "COMPLETE"}, example = "COMPLETE") String status,
            ResultsViews.Window window,
            @Schema(description = "This unit's own figures") ResultsViews.Unit unit,
            @Schema(description = "The session's comparison group (the same as in the course's effectiveness)")
            Comparison comparison,
            @Schema(description = "This unit's change − the comparison group's mean change, per indicator")
            Differences differenceInDifferences) {
    }

    @Schema(name = "ServiceUnitTrainingEffectComparison")
    public record Comparison(ResultsViews.IkmGroup ikm, ResultsViews.OperationsGroup meanWaitingMinutes,
            ResultsViews.OperationsGroup complaintsPerThousand) {
    }

    @Schema(name = "ServiceUnitTrainingEffectDifferences", description = "Null where this unit is not counted"
            + " (too few respondents, missing operational months) or the comparison group counts no unit")
    public record Differences(
            @Schema(description = "Positive: IKM rose more here", nullable = true, example = "6.25") BigDecimal ikm,
            @Schema(description = "Negative: waiting fell more here", nullable = true, example = "-4.12")
            BigDecimal meanWaitingMinutes,
            @Schema(description = "Negative: complaints fell more here", nullable = true, example = "-7.50")
            BigDecimal complaintsPerThousand) {
    }

    static ServiceUnitTrainingEffectView of(TrainingEffectService.UnitEffect effect) {
        return new ServiceUnitTrainingEffectView(effect.unitCode(), effect.unitName(),
                effect.sessions().stream().map(ServiceUnitTrainingEffectView::session).toList());
    }

    static Session session(TrainingEffect.UnitSessionEffect u) {
        TrainingEffect.SessionEffect s = u.session();
        TrainingEffect.Effects e = s.effects();
        return new Session(s.courseId(), s.courseTitle(), s.sessionId(), s.startDate(), s.endDate(),
                s.status().name(), ResultsViews.Window.of(s.window()), ResultsViews.Unit.of(u.own()),
                new Comparison(ResultsViews.IkmGroup.of(e.ikm().comparison()),
                        ResultsViews.OperationsGroup.of(e.meanWaitingMinutes().comparison()),
                        ResultsViews.OperationsGroup.of(e.complaintsPerThousand().comparison())),
                new Differences(u.ikmDifference(), u.meanWaitingMinutesDifference(),
                        u.complaintsPerThousandDifference()));
    }
}
