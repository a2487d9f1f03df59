package id.kompeten.enrollment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a confirmed participant completed a session: attendance of at least the course's minimum share of
 * the session days, and a post-test score of at least its pass score. Plain Java, so the rule is tested on its own.
 */
public final class CompletionRule {

    private CompletionRule() {
    }

    /** Why a participant did not complete; every reason that applies is given. */
    public enum Shortfall {
        /** Present on fewer days than the course's minimum share. */
        ATTENDANCE_BELOW_MINIMUM,
        /** No post-test score was recorded. */
        POST_TEST_MISSING,
        /** The post-test score is below the course's pass score. */
        POST_TEST_BELOW_PASS_SCORE
    }

    /**
     * The outcome for one participant.
     *
     * @param attendancePercent days present / session days × 100, two decimals (rounded half up, for reports only:
     *                          the decision itself compares exactly)
     */
    public record Decision(boolean completed, List<Shortfall> shortfalls, BigDecimal attendancePercent) {
    }

    /**
     * @param sessionDays the session's number of days (at least 1)
     * @param daysPresent days the participant was marked present (an excused absence is not presence)
     * @param postTestScore the POST score 0-100, or null when none was recorded
     */
    public static Decision decide(PassRules rules, int sessionDays, int daysPresent, Integer postTestScore) {
        if (sessionDays < 1) {
            throw new IllegalArgumentException("A session has at least one day: " + sessionDays);
        }
        if (daysPresent < 0 || daysPresent > sessionDays) {
            throw new IllegalArgumentException("Days present must be 0-" + sessionDays + ": " + daysPresent);
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        // Integer comparison, so 4 of 5 days meets 80 % exactly (no floating-point rounding at the boundary).
        if ((long) daysPresent * 100 < (long) rules.minAttendancePercent() * sessionDays) {
            shortfalls.add(Shortfall.ATTENDANCE_BELOW_MINIMUM);
        }
        if (postTestScore == null) {
            shortfalls.add(Shortfall.POST_TEST_MISSING);
        } else if (postTestScore < rules.minPostTestScore()) {
            shortfalls.add(Shortfall.POST_TEST_BELOW_PASS_SCORE);
        }
        BigDecimal percent = BigDecimal.valueOf(daysPresent * 100L)
                .divide(BigDecimal.valueOf(sessionDays), 2, RoundingMode.HALF_UP);
        return new Decision(shortfalls.isEmpty(), List.copyOf(shortfalls), percent);
    }
}
