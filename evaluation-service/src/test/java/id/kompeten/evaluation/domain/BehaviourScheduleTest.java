package id.kompeten.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** L3 falls due calendar days after the course's last day; the day of completion is the agency's day. */
class BehaviourScheduleTest {

    final BehaviourSchedule schedule = new BehaviourSchedule(90, ZoneId.of("Asia/Jakarta"));

    @Test
    void theDayOfCompletionIsJakartasDay() {
        // 17:30 UTC on 1 March is 00:30 on 2 March in Jakarta.
        assertEquals(LocalDate.parse("2026-03-02"), schedule.completedOn(Instant.parse("2026-03-01T17:30:00Z")));
        assertEquals(LocalDate.parse("2026-03-01"), schedule.completedOn(Instant.parse("2026-03-01T16:59:59Z")));
    }

    @Test
    void dueNinetyDaysAfterTheCourseEndedHoweverLateItWasClosed() {
        LocalDate ended = LocalDate.parse("2026-03-01");
        assertEquals(LocalDate.parse("2026-05-30"), schedule.dueOn(ended));
    }

    @Test
    void pendingBeforeTheDueDayDueFromItRatedOnceRated() {
        LocalDate ended = LocalDate.parse("2026-03-02");
        assertEquals(BehaviourStatus.PENDING, schedule.status(ended, false, LocalDate.parse("2026-05-30")));
        assertEquals(BehaviourStatus.DUE, schedule.status(ended, false, LocalDate.parse("2026-05-31")));
        assertEquals(BehaviourStatus.RATED, schedule.status(ended, true, LocalDate.parse("2026-03-03")));
    }

    @Test
    void theLastDueCourseEndSplitsDueFromPendingLikeTheStatus() {
        LocalDate today = LocalDate.parse("2026-05-31");
        LocalDate lastDue = schedule.lastDueCourseEnd(today);
        assertEquals(LocalDate.parse("2026-03-02"), lastDue);
        assertEquals(BehaviourStatus.DUE, schedule.status(lastDue, false, today));
        assertEquals(BehaviourStatus.PENDING, schedule.status(lastDue.plusDays(1), false, today));
    }
}
