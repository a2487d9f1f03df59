package id.kompeten.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A unit's training figures over a period, from the unit's completions of the period's year: staff trained (distinct
 * NIPs completing in the period), completions, JP delivered, staff trained this year (distinct NIPs completing from
 * January 1 to the end of the period) and the trained share = staff trained this year / the unit's active staff (four
 * decimals, half up; null when no active staff is known). Completion dates are dates in the agency's zone. The share
 * can exceed 1 when people trained this year have since left the unit or become inactive.
 */
public record UnitTrainingFigures(int staffTrained, int completions, int jpDelivered, int staffTrainedThisYear,
        BigDecimal trainedShare) {

    /** One completion counted: who, how many JP, on which day (agency zone). */
    public record Completion(String nip, int jp, LocalDate day) {
    }

    /**
     * The figures of {@code period} from {@code completions} (any of the unit's; those outside the period's year or
     * after its end are ignored) and the unit's {@code activeStaff}.
     */
    public static UnitTrainingFigures of(Collection<Completion> completions, Period period, long activeStaff) {
        Set<String> trained = new HashSet<>();
        Set<String> trainedThisYear = new HashSet<>();
        int count = 0;
        int jp = 0;
        for (Completion completion : completions) {
            YearMonth month = YearMonth.from(completion.day());
            if (month.getYear() != period.year() || month.isAfter(period.lastMonth())) {
                continue;
            }
            trainedThisYear.add(completion.nip());
            if (period.contains(month)) {
                trained.add(completion.nip());
                count++;
                jp += completion.jp();
            }
        }
        BigDecimal share = activeStaff <= 0 ? null
                : BigDecimal.valueOf(trainedThisYear.size()).divide(BigDecimal.valueOf(activeStaff), 4,
                        RoundingMode.HALF_UP);
        return new UnitTrainingFigures(trained.size(), count, jp, trainedThisYear.size(), share);
    }
}
