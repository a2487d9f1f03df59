package id.kompeten.evaluation.service;

import id.kompeten.evaluation.domain.OperationalRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A unit's operational figures over a period, from its monthly records: transactions and complaints summed, mean
 * waiting and processing times weighted by each month's transactions (Σ mean_m × transactions_m / Σ transactions_m,
 * two decimals half-up; null when the months have no transactions), as a month with more citizens weighs more.
 *
 * @param monthsReported how many months of the period have a record
 */
public record OperationsSummary(int monthsReported, long transactions, BigDecimal meanWaitingMinutes,
        BigDecimal meanProcessingMinutes, long complaintsReceived, long complaintsResolved) {

    /** Null when no month of the period has a record. */
    public static OperationsSummary of(List<OperationalRecord> records) {
        if (records.isEmpty()) {
            return null;
        }
        long transactions = 0;
        long received = 0;
        long resolved = 0;
        BigDecimal waiting = BigDecimal.ZERO;
        BigDecimal processing = BigDecimal.ZERO;
        for (OperationalRecord record : records) {
            OperationalRecord.Figures figures = record.figures();
            BigDecimal weight = BigDecimal.valueOf(figures.transactions());
            transactions += figures.transactions();
            received += figures.complaintsReceived();
            resolved += figures.complaintsResolved();
            waiting = waiting.add(figures.meanWaitingMinutes().multiply(weight));
            processing = processing.add(figures.meanProcessingMinutes().multiply(weight));
        }
        BigDecimal total = BigDecimal.valueOf(transactions);
        return new OperationsSummary(records.size(), transactions,
                transactions == 0 ? null : waiting.divide(total, 2, RoundingMode.HALF_UP),
                transactions == 0 ? null : processing.divide(total, 2, RoundingMode.HALF_UP), received, resolved);
    }
}
