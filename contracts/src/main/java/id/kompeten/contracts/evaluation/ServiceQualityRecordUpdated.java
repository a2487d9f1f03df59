package id.kompeten.contracts.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A unit's training record for a period changed because a completion of one of its staff arrived: what training the
 * unit received, as it now stands. Key: the unit's code.
 *
 * @param unitCode      the unit (perangkat daerah / unit kerja) the completer belonged to when they enrolled
 * @param period        the month of the completions counted, e.g. {@code 2026-10}
 * @param staffTrained  distinct staff of the unit who completed a course in the period
 * @param completions   completions in the period
 * @param jpDelivered   training hours (JP) the completions earned
 * @param staffTrainedThisYear distinct staff of the unit who completed a course from January to the end of the period
 * @param trainedShare  staffTrainedThisYear / the unit's active staff (0-1, four decimals); null when evaluation
 *                      knows none of the unit's staff
 * @param occurredAt    when the record changed
 */
public record ServiceQualityRecordUpdated(
        String unitCode,
        String period,
        int staffTrained,
        int completions,
        int jpDelivered,
        int staffTrainedThisYear,
        BigDecimal trainedShare,
        Instant occurredAt) implements EvaluationEvent {

    @Override
    public String aggregateId() {
        return unitCode;
    }
}
