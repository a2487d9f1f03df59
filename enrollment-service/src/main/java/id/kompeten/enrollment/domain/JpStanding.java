package id.kompeten.enrollment.domain;

import java.time.LocalDate;

/**
 * A person's JP (jam pelajaran) for one calendar year against the yearly minimum. JP count in the year of the
 * session's end date (a course running from 29 December to 3 January counts in January's year). The projection adds
 * the JP of sessions the person is confirmed for that end in the year and are not yet decided: what they reach if they
 * complete them.
 *
 * @param minimumJp      the yearly minimum (default 20)
 * @param completedJp    JP of the courses completed, sessions ending in the year
 * @param confirmedJp    JP of the confirmed, undecided sessions ending in the year
 */
public record JpStanding(int year, int minimumJp, int completedJp, int confirmedJp) {

    public JpStanding {
        if (minimumJp < 0 || completedJp < 0 || confirmedJp < 0) {
            throw new IllegalArgumentException("JP are never negative");
        }
    }

    /** The year whose JP a session adds to: the year of its end date. */
    public static int yearOf(LocalDate sessionEnd) {
        return sessionEnd.getYear();
    }

    /** Completed plus confirmed JP. */
    public int projectedJp() {
        return completedJp + confirmedJp;
    }

    public boolean minimumMet() {
        return completedJp >= minimumJp;
    }

    /** Below the minimum now (the compliance report's flag). */
    public boolean belowMinimum() {
        return !minimumMet();
    }

    /** The minimum is reached if the confirmed sessions are completed. */
    public boolean projectedMinimumMet() {
        return projectedJp() >= minimumJp;
    }

    /** JP still missing to the minimum; 0 once met. */
    public int shortfallJp() {
        return Math.max(0, minimumJp - completedJp);
    }
}
