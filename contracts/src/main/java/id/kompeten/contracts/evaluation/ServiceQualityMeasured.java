package id.kompeten.contracts.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A service unit's citizen-satisfaction result (SKM, PermenPAN-RB 14/2017) for a period changed because responses
 * were added: the index as it now stands. Key: the service unit's code.
 *
 * @param serviceUnitCode the service unit (unit layanan)
 * @param period          the period the responses fall in, e.g. {@code 2026-10} (a month: responses are stored by day,
 *                        quarters, semesters and years are sums of months)
 * @param respondents     responses counted in the period
 * @param elements        per element, in the regulation's order U1..U9, its code, label and mean score (NRR, 1-4)
 * @param ikmUnit         Σ NRR × 1/9 on the 1-4 scale, unrounded to four decimals
 * @param ikm             ikmUnit × 25 on 25-100, two decimals
 * @param grade           A (88.31-100), B (76.61-88.30), C (65.00-76.60) or D (25.00-64.99)
 * @param occurredAt      when the responses were stored
 */
public record ServiceQualityMeasured(
        String serviceUnitCode,
        String period,
        int respondents,
        List<Element> elements,
        BigDecimal ikmUnit,
        BigDecimal ikm,
        String grade,
        Instant occurredAt) implements EvaluationEvent {

    /** One SKM element's result: code (U1..U9), English label, mean score 1-4 (four decimals). */
    public record Element(String code, String label, BigDecimal nrr) {
    }

    @Override
    public String aggregateId() {
        return serviceUnitCode;
    }
}
