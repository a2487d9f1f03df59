package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.SessionStatus;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a session search is narrowed by and ordered by. Null fields do not narrow it; {@code statuses} always does (the
 * caller decides which statuses may be seen), and an empty set finds nothing.
 *
 * @param from           sessions ending on or after this day (overlap with [from, to])
 * @param to             sessions starting on or before this day
 * @param hasSeats       true: OPEN with a free seat; false: every other session
 * @param competencyCode sessions of courses that develop this competency
 */
public record SessionSearch(
        LocalDate from,
        LocalDate to,
        String regionCode,
        Set<SessionStatus> statuses,
        String competencyCode,
        String courseId,
        Boolean hasSeats,
        Order order) {

    public SessionSearch {
        statuses = Set.copyOf(statuses);
    }

    /** The columns a search may be sorted by; the session id breaks ties, so pages never overlap. */
    public enum SortField {
        START_DATE("s.start_date"),
        END_DATE("s.end_date"),
        CODE("s.code"),
        CAPACITY("s.capacity");

        private final String column;

        SortField(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }

    public record Order(SortField field, boolean descending) {

        public static final Order DEFAULT = new Order(SortField.START_DATE, false);
    }
}
