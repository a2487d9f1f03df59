package id.kompeten.training.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a catalogue manager decides about a session: dates, day-by-day schedule, place, capacity, enrollment window
 * and trainers. {@link SessionRules} checks it against its course.
 */
public record SessionPlan(
        String code,
        LocalDate startDate,
        LocalDate endDate,
        List<SessionDay> schedule,
        String regionCode,
        String regionName,
        String location,
        String onlineLink,
        int capacity,
        LocalDate enrollmentOpensOn,
        LocalDate enrollmentClosesOn,
        List<SessionTrainer> trainers) {

    public SessionPlan {
        // Kept in the client's order, so errors can name schedule[i] as sent.
        schedule = List.copyOf(schedule);
        trainers = List.copyOf(trainers);
    }

    /** The same plan under another code: a changed plan takes the code of the session it replaces. */
    public SessionPlan withCode(String code) {
        return new SessionPlan(code, startDate, endDate, schedule, regionCode, regionName, location, onlineLink,
                capacity, enrollmentOpensOn, enrollmentClosesOn, trainers);
    }

    /** The same plan with another online link (null: none, or not to be shown). */
    public SessionPlan withOnlineLink(String onlineLink) {
        return new SessionPlan(code, startDate, endDate, schedule, regionCode, regionName, location, onlineLink,
                capacity, enrollmentOpensOn, enrollmentClosesOn, trainers);
    }
}
