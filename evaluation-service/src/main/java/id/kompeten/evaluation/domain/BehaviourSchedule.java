package id.kompeten.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When an L3 rating is due: {@code dueAfterDays} calendar days after the day of completion, both days in the agency's
 * zone (completed on 1 March in Jakarta with 90 days: due on 30 May). A supervisor rates from the due day on.
 */
public record BehaviourSchedule(int dueAfterDays, ZoneId zone) {

    public LocalDate completedOn(Instant completedAt) {
        return LocalDate.ofInstant(completedAt, zone);
    }

    public LocalDate dueOn(Instant completedAt) {
        return completedOn(completedAt).plusDays(dueAfterDays);
    }

    public BehaviourStatus status(Instant completedAt, boolean rated, LocalDate today) {
        if (rated) {
            return BehaviourStatus.RATED;
        }
        return today.isBefore(dueOn(completedAt)) ? BehaviourStatus.PENDING : BehaviourStatus.DUE;
    }

    /**
     * The instant that splits unrated completions on {@code today}: those completed before it are due, the others
     * pending. (Due ⇔ completed on or before today − dueAfterDays ⇔ completed before the start of the day after.)
     */
    public Instant dueCutoff(LocalDate today) {
        return today.minusDays(dueAfterDays).plusDays(1).atStartOfDay(zone).toInstant();
    }
}
