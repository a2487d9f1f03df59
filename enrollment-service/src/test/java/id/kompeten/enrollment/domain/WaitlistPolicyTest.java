package id.kompeten.enrollment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.enrollment.domain.WaitlistPolicy.Candidate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitlistPolicyTest {

    private static final Instant T0 = Instant.parse("2026-10-01T02:00:00Z");

    private final Candidate early = new Candidate("e-1", T0, 0);
    private final Candidate middle = new Candidate("e-2", T0.plusSeconds(60), 20);
    private final Candidate late = new Candidate("e-3", T0.plusSeconds(120), 20);
    private final Candidate sameTimeAsEarly = new Candidate("e-0", T0, 4);

    @Test
    void firstComeFirstServedGoesByRequestTimeThenId() {
        assertEquals(List.of(sameTimeAsEarly, early, middle, late),
                WaitlistPolicy.FIRST_COME_FIRST_SERVED.sort(List.of(late, early, middle, sameTimeAsEarly)));
    }

    @Test
    void jpDeficitPriorityPutsTheFurthestBehindFirstAndBreaksTiesByRequestTime() {
        assertEquals(List.of(middle, late, sameTimeAsEarly, early),
                WaitlistPolicy.JP_DEFICIT_PRIORITY.sort(List.of(early, late, sameTimeAsEarly, middle)));
    }
}
