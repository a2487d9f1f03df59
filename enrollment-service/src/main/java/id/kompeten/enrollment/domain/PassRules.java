package id.kompeten.enrollment.domain;

/**
 * A course's completion rule, as the catalogue states it: attendance of at least {@code minAttendancePercent} of the
 * session days and a post-test score of at least {@code minPostTestScore} (0-100).
 */
public record PassRules(int minAttendancePercent, int minPostTestScore) {

    /** The rule of a course that states none: 80 % of the days and a post-test score of 70. */
    public static final PassRules DEFAULT = new PassRules(80, 70);

    public PassRules {
        if (minAttendancePercent < 0 || minAttendancePercent > 100) {
            throw new IllegalArgumentException("minAttendancePercent must be 0-100: " + minAttendancePercent);
        }
        if (minPostTestScore < 0 || minPostTestScore > 100) {
            throw new IllegalArgumentException("minPostTestScore must be 0-100: " + minPostTestScore);
        }
    }

    /** The course's rule, each missing part taken from {@link #DEFAULT}. */
    public static PassRules of(Integer minAttendancePercent, Integer minPostTestScore) {
        return new PassRules(minAttendancePercent == null ? DEFAULT.minAttendancePercent : minAttendancePercent,
                minPostTestScore == null ? DEFAULT.minPostTestScore : minPostTestScore);
    }
}
