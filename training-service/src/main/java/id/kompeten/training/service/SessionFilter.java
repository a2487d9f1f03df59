package id.kompeten.training.service;

import id.kompeten.contracts.catalog.SessionStatus;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a catalogue session search asks for; null (or empty) filters do not narrow it.
 *
 * @param from     sessions ending on or after this day (overlap with [from, to])
 * @param to       sessions starting on or before this day
 * @param statuses the statuses asked for; empty: every status the caller may see
 * @param hasSeats true: OPEN with a free seat; false: every other session
 */
public record SessionFilter(LocalDate from, LocalDate to, String region, Set<SessionStatus> statuses,
        String competency, String courseId, Boolean hasSeats) {

    public SessionFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
