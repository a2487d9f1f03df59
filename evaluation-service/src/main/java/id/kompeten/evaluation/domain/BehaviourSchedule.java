package id.kompeten.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When an L3 rating is due: {@code dueAfterDays} calendar days after the course's last day (the session's end date),
 * so a session closed late does not push the supervisor's rating back (ended on 1 March with 90 days: due on 30 May).
 * A supervisor rates from the due day on. Days are calendar days in the agency's zone.
 */
public record BehaviourSchedule(int dueAfterDays, ZoneId zone) {

    /** The day the completion was decided, in the agency's zone (shown next to the due day). */
    public LocalDate completedOn(Instant completedAt) {
        return LocalDate.ofInstant(completedAt, zone);
    }

    public LocalDate dueOn(LocalDate courseEndedOn) {
        return courseEndedOn.plusDays(dueAfterDays);
    }

    public BehaviourStatus status(LocalDate courseEndedOn, boolean rated, LocalDate today) {
        if (rated) {
            return BehaviourStatus.RATED;
        }
        return today.isBefore(dueOn(courseEndedOn)) ? BehaviourStatus.PENDING : BehaviourStatus.DUE;
    }

    /**
     * The last course end date whose unrated completions are due on {@code today}: those that ended on it or before
     * are due, later ones pending (due ⇔ ended on or before today − dueAfterDays).
     */
    public LocalDate lastDueCourseEnd(LocalDate today) {
        return today.minusDays(dueAfterDays);
    }
}
