package id.kompeten.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** L3 due days count calendar days in the agency's zone, and the due cut-off agrees with the status. */
class BehaviourScheduleTest {

    final BehaviourSchedule schedule = new BehaviourSchedule(90, ZoneId.of("Asia/Jakarta"));

    @Test
    void theDayOfCompletionIsJakartasDay() {
        // 17:30 UTC on 1 March is 00:30 on 2 March in Jakarta.
        Instant completedAt = Instant.parse("2026-03-01T17:30:00Z");
        assertEquals(LocalDate.parse("2026-03-02"), schedule.completedOn(completedAt));
        assertEquals(LocalDate.parse("2026-05-31"), schedule.dueOn(completedAt));
        assertEquals(LocalDate.parse("2026-05-30"), schedule.dueOn(Instant.parse("2026-03-01T16:59:59Z")));
    }

    @Test
    void pendingBeforeTheDueDayDueFromItRatedOnceRated() {
        Instant completedAt = Instant.parse("2026-03-02T03:00:00Z");
        assertEquals(BehaviourStatus.PENDING, schedule.status(completedAt, false, LocalDate.parse("2026-05-30")));
        assertEquals(BehaviourStatus.DUE, schedule.status(completedAt, false, LocalDate.parse("2026-05-31")));
        assertEquals(BehaviourStatus.RATED, schedule.status(completedAt, true, LocalDate.parse("2026-03-03")));
    }

    @Test
    void theCutoffSplitsDueFromPendingLikeTheStatus() {
        LocalDate today = LocalDate.parse("2026-05-31");
        Instant cutoff = schedule.dueCutoff(today);
        // Due: completed on 2 March (Jakarta) or before; pending: from 3 March.
        assertEquals(Instant.parse("2026-03-02T17:00:00Z"), cutoff);
        assertEquals(BehaviourStatus.DUE, schedule.status(cutoff.minusNanos(1000), false, today));
        assertEquals(BehaviourStatus.PENDING, schedule.status(cutoff, false, today));
    }
}
