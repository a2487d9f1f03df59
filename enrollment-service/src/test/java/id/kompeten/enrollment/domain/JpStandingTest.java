package id.kompeten.enrollment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JpStandingTest {

    @Test
    void jpCountInTheYearOfTheSessionEnd() {
        assertEquals(2027, JpStanding.yearOf(LocalDate.of(2027, 1, 3)));
        assertEquals(2026, JpStanding.yearOf(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void theMinimumIsMetAtExactlyTheMinimum() {
        JpStanding standing = new JpStanding(2026, 20, 20, 0);
        assertTrue(standing.minimumMet());
        assertFalse(standing.belowMinimum());
        assertEquals(0, standing.shortfallJp());
    }

    @Test
    void theProjectionAddsConfirmedSessions() {
        JpStanding standing = new JpStanding(2026, 20, 12, 16);
        assertFalse(standing.minimumMet());
        assertTrue(standing.belowMinimum());
        assertEquals(8, standing.shortfallJp());
        assertEquals(28, standing.projectedJp());
        assertTrue(standing.projectedMinimumMet());
        assertFalse(new JpStanding(2026, 20, 12, 7).projectedMinimumMet());
        // Reaching the minimum exactly is enough, as for the completed JP.
        assertTrue(new JpStanding(2026, 20, 12, 8).projectedMinimumMet());
    }

    @Test
    void theShortfallIsTheDistanceBelowTheMinimumNeverNegative() {
        // Also the JP-deficit waitlist order's deficit.
        assertEquals(8, new JpStanding(2026, 20, 12, 0).shortfallJp());
        assertEquals(20, new JpStanding(2026, 20, 0, 0).shortfallJp());
        assertEquals(0, new JpStanding(2026, 20, 25, 0).shortfallJp());
    }

    @Test
    void nobodyIsBelowAMinimumOfZero() {
        assertTrue(new JpStanding(2026, 0, 0, 0).minimumMet());
    }

    @Test
    void negativeJpAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new JpStanding(2026, 20, -1, 0));
    }
}
