package id.kompeten.platform.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BusinessClockTest {

    private final BusinessClock producer = new BusinessClock();

    @Test
    void withoutAnOffsetItIsTheRealUtcClock() {
        Clock clock = producer.clock(() -> Duration.ZERO);
        assertEquals(ZoneOffset.UTC, clock.getZone());
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
    }

    @Test
    void anOffsetShiftsBusinessTimeAndKeepsItRunning() throws InterruptedException {
        Clock clock = producer.clock(() -> Duration.ofDays(10));
        Instant first = clock.instant();
        long days = Duration.between(Instant.now(), first).toHours();
        assertTrue(days >= 239 && days <= 240, "ten days ahead, was " + days + " h");
        Thread.sleep(20);
        assertTrue(clock.instant().isAfter(first), "shifted, not frozen");
        assertTrue(Duration.between(Instant.now(), producer.clock(() -> Duration.ofDays(-3)).instant()).toHours() <= -71);
    }
}
