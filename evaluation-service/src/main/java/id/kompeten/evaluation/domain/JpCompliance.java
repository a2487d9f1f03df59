package id.kompeten.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;

/**
 * How many of a unit's active staff reached the yearly minimum of learning hours (20 JP for civil servants): staff
 * counted, those with at least {@code minimum} JP of completions in the year, those behind, and the compliant share
 * (four decimals, half up; null without staff). Counts only: who is behind is for the unit's own tools, not a report.
 */
public record JpCompliance(int staff, int compliant, int behind, BigDecimal share) {

    /**
     * @param staff   the NIPs of the active staff
     * @param jpByNip JP completed in the year, by NIP (absent: none)
     * @param minimum the yearly minimum
     */
    public static JpCompliance of(Collection<String> staff, Map<String, Integer> jpByNip, int minimum) {
        int compliant = (int) staff.stream().filter(nip -> jpByNip.getOrDefault(nip, 0) >= minimum).count();
        return new JpCompliance(staff.size(), compliant, staff.size() - compliant, staff.isEmpty() ? null
                : BigDecimal.valueOf(compliant).divide(BigDecimal.valueOf(staff.size()), 4, RoundingMode.HALF_UP));
    }
}
