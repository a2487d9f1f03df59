package id.kompeten.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.kompeten.contracts.catalog.SessionStatus;
import id.kompeten.training.domain.CourseSession.SeatCount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Enrollment's seat counts on a session: only a newer count is taken, and OPEN ⇄ FULL follow the seats. */
class CourseSessionSeatsTest {

    private static final LocalDate START = LocalDate.of(2027, 2, 8);
    private static final Instant NOW = Instant.parse("2027-01-10T02:00:00Z");

    private static CourseSession openSession(int capacity) {
        SessionPlan plan = new SessionPlan("SEATS-1", START, START, List.of(new SessionDay(START, 8, "Hari 1")),
                "12.73", "Kota Sibolga", "Aula", null, capacity, START.minusDays(30), START.minusDays(7),
                List.of(new SessionTrainer("Dr. Rina Siregar", "Universitas Sumatera Utara")));
        CourseSession session = CourseSession.schedule("course-1", plan, NOW);
        session.open(NOW);
        return session;
    }

    @Test
    void newerCountsAreTakenAndOpenAndFullFollowTheSeats() {
        CourseSession session = openSession(10);
        assertNull(session.seatsVersion());

        assertEquals(SeatCount.CHANGED, session.countSeats(10, 1, NOW));
        assertEquals(SessionStatus.FULL, session.status());
        assertEquals(SeatCount.CHANGED, session.countSeats(9, 2, NOW));
        assertEquals(SessionStatus.OPEN, session.status());
        assertEquals(1, session.seatsAvailable());
        assertEquals(SeatCount.SAME_SEATS, session.countSeats(9, 5, NOW));
        assertEquals(5, session.seatsVersion());
    }

    @Test
    void olderAndEqualVersionsChangeNothing() {
        CourseSession session = openSession(10);
        session.countSeats(4, 7, NOW);

        assertEquals(SeatCount.OLDER, session.countSeats(10, 6, NOW));
        assertEquals(SeatCount.OLDER, session.countSeats(10, 7, NOW));
        assertEquals(4, session.seatsTaken());
        assertEquals(7, session.seatsVersion());
        assertEquals(SessionStatus.OPEN, session.status());
    }

    @Test
    void aCountFromVersionZeroIsTakenOnAFreshSession() {
        CourseSession session = openSession(10);
        assertEquals(SeatCount.SAME_SEATS, session.countSeats(0, 0, NOW));
        assertEquals(0, session.seatsVersion());
        assertEquals(SeatCount.OLDER, session.countSeats(3, 0, NOW));
    }

    @Test
    void runningAndCancelledSessionsKeepTheirStatus() {
        CourseSession running = openSession(10);
        running.start(NOW);
        assertEquals(SeatCount.CHANGED, running.countSeats(10, 1, NOW));
        assertEquals(SessionStatus.RUNNING, running.status());

        CourseSession cancelled = openSession(10);
        cancelled.countSeats(10, 1, NOW);
        cancelled.cancel("Narasumber berhalangan", NOW);
        assertEquals(SeatCount.CHANGED, cancelled.countSeats(0, 2, NOW), "enrollment releases the seats");
        assertEquals(SessionStatus.CANCELLED, cancelled.status());
    }

    @Test
    void moreSeatsTakenThanCapacityIsAFactNotAnError() {
        CourseSession session = openSession(10);
        assertEquals(SeatCount.CHANGED, session.countSeats(12, 1, NOW));
        assertEquals(SessionStatus.FULL, session.status());
        assertEquals(0, session.seatsAvailable());
    }
}
