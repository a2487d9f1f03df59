package id.kompeten.platform.runtime;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The one clock of business time every service injects: "today" for enrollment windows, closing a session after its
 * last day, SKM periods that may not lie ahead, JP years, certificates. UTC, shifted by {@code kompeten.clock.offset}
 * (zero unless set), so a rehearsal or a system test can live through a session's weeks and the months after it
 * without waiting. Plumbing (outbox relay, leases, idempotency keys, token expiry) stays on the real clock.
 */
@ApplicationScoped
public class BusinessClock {

    private static final Logger LOG = Logger.getLogger(BusinessClock.class);

    /** Where business time stands against real time. */
    @ConfigMapping(prefix = "kompeten.clock")
    public interface ClockConfig {

        /** ISO-8601, e.g. {@code P10D} or {@code -P3D}. Never set in production: dates written would be wrong. */
        @WithDefault("PT0S")
        Duration offset();
    }

    @Produces
    @Singleton
    Clock clock(ClockConfig config) {
        return config.offset().isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), config.offset());
    }

    void warnWhenShifted(@Observes StartupEvent started, ClockConfig config) {
        if (!config.offset().isZero()) {
            LOG.warnf("Business time runs %s off real time (kompeten.clock.offset): dates written are shifted too",
                    config.offset());
        }
    }
}
