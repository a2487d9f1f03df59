package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.TrainingEffect;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The pieces of Kirkpatrick L4 figures (TrainingEffect) shared by the course effectiveness and the service unit's
 * training effect: periods, group figures and one unit's observation. Every figure has two decimals.
 */
public final class ResultsViews {

    /** The L4 method and its limits, for the operations' descriptions. */
    static final String METHOD = "L4 method (difference in differences): for each session, the treated units are the"
            + " service units whose parent unit has a completion of it (units sharing a parent unit are treated"
            + " together); the comparison units are the other units of the same agency sharing a service type with a"
            + " treated unit whose parent unit completed no session of the course from the first day of the before"
            + " period to the last day of the after period. Before = the kompeten.evaluation.results.months-before"
            + " (default 3) calendar months ending with the month before the session started; after = the months-after"
            + " (default 3) months starting with the month after it ended; only complete months (before the current"
            + " month, agency zone) count: PENDING while none of the after months is complete, PARTIAL while some are."
            + " Per unit and period: IKM of the period's SKM responses (as the unit's service quality shows it), mean"
            + " waiting minutes weighted by transactions, complaints received per 1,000 transactions; change = after"
            + " − before. A unit with fewer than min-respondents (default 30) SKM respondents in either period is"
            + " flagged tooFewRespondents and left out of the IKM figures; a unit lacking an operational record for a"
            + " month of a period, or without transactions, is left out of waiting and complaints; both are still"
            + " listed. Group change = unweighted mean of the counted units' changes; difference in differences ="
            + " treated change − comparison change, computed exactly and rounded half-up to two decimals once; null"
            + " when a group counts no unit. Higher IKM is better, lower waiting and complaints are better (signs are"
            + " not flipped). The course figure pools every (unit, session) observation of its sessions. Limits: this"
            + " is not a randomised trial (units that send staff to training may differ from those that do not, and"
            + " the comparison group only approximates what would have happened without training); only changes in"
            + " the same months shared by both groups cancel out, a shock to one group (new counter, new system,"
            + " staff turnover) does not; small samples (few units, few respondents) give figures that move by chance,"
            + " so read the counts with every figure; units sharing a parent unit cannot be told apart.";

    private ResultsViews() {
    }

    @Schema(name = "ResultsWindow", description = "A session's periods (calendar months, agency zone): before = the"
            + " months ending with the month before the session started, after = the months starting with the month"
            + " after it ended; only complete months (before the current one) are used")
    public record Window(
            @Schema(example = "2026-02") String beforeFirst,
            @Schema(example = "2026-04") String beforeLast,
            @Schema(example = "2026-06") String afterFirst,
            @Schema(example = "2026-08") String afterLast,
            @Schema(description = "How many months of the after period are complete and used", example = "3")
            int afterMonthsComplete) {

        static Window of(TrainingEffect.Window w) {
            return new Window(text(w.beforeFirst()), text(w.beforeLast()), text(w.afterFirst()), text(w.afterLast()),
                    w.afterMonthsComplete());
        }

        private static String text(YearMonth month) {
            return month.toString();
        }
    }

    @Schema(name = "ResultsIkmGroup", description = "A group's IKM (0-100, higher is better) over the units counted:"
            + " the unweighted means of their before, after and change")
    public record IkmGroup(
            @Schema(description = "Units (observations) counted", example = "2") int units,
            @Schema(description = "Units listed but not counted: too few respondents in a period", example = "1")
            int leftOut,
            @Schema(nullable = true, example = "79.52") BigDecimal meanBefore,
            @Schema(nullable = true, example = "87.50") BigDecimal meanAfter,
            @Schema(description = "Mean of the units' after − before; null when no unit counts", nullable = true,
                    example = "7.99") BigDecimal meanChange,
            @Schema(description = "SKM respondents of the counted units before", example = "75") long respondentsBefore,
            @Schema(description = "SKM respondents of the counted units after", example = "75") long respondentsAfter) {

        static IkmGroup of(TrainingEffect.GroupFigure g) {
            return new IkmGroup(g.units(), g.leftOut(), g.meanBefore(), g.meanAfter(), g.meanChange(),
                    g.basisBefore(), g.basisAfter());
        }
    }

    @Schema(name = "ResultsOperationsGroup", description = "A group's operational indicator (lower is better) over"
            + " the units counted: the unweighted means of their before, after and change")
    public record OperationsGroup(
            @Schema(description = "Units (observations) counted", example = "2") int units,
            @Schema(description = "Units listed but not counted: a month of the period without an operational"
                    + " record, or no transactions", example = "1") int leftOut,
            @Schema(nullable = true, example = "13.38") BigDecimal meanBefore,
            @Schema(nullable = true, example = "10.57") BigDecimal meanAfter,
            @Schema(description = "Mean of the units' after − before; null when no unit counts", nullable = true,
                    example = "-2.81") BigDecimal meanChange,
            @Schema(description = "Transactions of the counted units before", example = "700") long transactionsBefore,
            @Schema(description = "Transactions of the counted units after", example = "700") long transactionsAfter) {

        static OperationsGroup of(TrainingEffect.GroupFigure g) {
            return new OperationsGroup(g.units(), g.leftOut(), g.meanBefore(), g.meanAfter(), g.meanChange(),
                    g.basisBefore(), g.basisAfter());
        }
    }

    @Schema(name = "ResultsIkmEffect", description = "IKM: treated and comparison groups and their difference in"
            + " differences (treated change − comparison change; positive = the treated units improved more)")
    public record IkmEffect(IkmGroup treated, IkmGroup comparison,
            @Schema(description = "Null when either group counts no unit", nullable = true, example = "6.60")
            BigDecimal differenceInDifferences) {

        static IkmEffect of(TrainingEffect.Effect e) {
            return new IkmEffect(IkmGroup.of(e.treated()), IkmGroup.of(e.comparison()), e.differenceInDifferences());
        }
    }

    @Schema(name = "ResultsOperationsEffect", description = "An operational indicator: treated and comparison groups"
            + " and their difference in differences (treated change − comparison change; negative = the treated"
            + " units improved more, as lower is better)")
    public record OperationsEffect(OperationsGroup treated, OperationsGroup comparison,
            @Schema(description = "Null when either group counts no unit", nullable = true, example = "-2.31")
            BigDecimal differenceInDifferences) {

        static OperationsEffect of(TrainingEffect.Effect e) {
            return new OperationsEffect(OperationsGroup.of(e.treated()), OperationsGroup.of(e.comparison()),
                    e.differenceInDifferences());
        }
    }

    @Schema(name = "ResultsChange", description = "One indicator of one unit: the period figures and after − before;"
            + " each null when the period lacks the data")
    public record Change(
            @Schema(nullable = true, example = "81.25") BigDecimal before,
            @Schema(nullable = true, example = "88.89") BigDecimal after,
            @Schema(nullable = true, example = "7.64") BigDecimal change) {

        static Change of(TrainingEffect.Change c) {
            return new Change(c.before(), c.after(), c.change());
        }
    }

    @Schema(name = "ResultsUnit", description = "One service unit in one session")
    public record Unit(
            @Schema(example = "DISDUKCAPIL-SIBOLGA-LOKET") String unitCode,
            @Schema(example = "Loket Pelayanan Disdukcapil Kota Sibolga") String unitName,
            @Schema(enumeration = {"TREATED", "COMPARISON"}, example = "TREATED") String group,
            @Schema(example = "40") long respondentsBefore,
            @Schema(example = "40") long respondentsAfter,
            @Schema(description = "Fewer respondents than the minimum in a period: listed, not counted in IKM figures",
                    example = "false") boolean tooFewRespondents,
            @Schema(description = "IKM (0-100) of the period's SKM responses, as the unit's service quality shows it")
            Change ikm,
            @Schema(description = "Months of the before period with an operational record", example = "3")
            int operationMonthsBefore,
            @Schema(description = "Months of the used after period with an operational record", example = "3")
            int operationMonthsAfter,
            @Schema(example = "400") long transactionsBefore,
            @Schema(example = "400") long transactionsAfter,
            @Schema(description = "Mean waiting minutes, weighted by each month's transactions") Change
            meanWaitingMinutes,
            @Schema(description = "Complaints received per 1,000 transactions") Change complaintsPerThousand) {

        static Unit of(TrainingEffect.Observation o) {
            return new Unit(o.unitCode(), o.unitName(), o.group().name(), o.respondentsBefore(), o.respondentsAfter(),
                    o.tooFewRespondents(), Change.of(o.ikm()), o.operationMonthsBefore(), o.operationMonthsAfter(),
                    o.transactionsBefore(), o.transactionsAfter(), Change.of(o.meanWaitingMinutes()),
                    Change.of(o.complaintsPerThousand()));
        }
    }
}
