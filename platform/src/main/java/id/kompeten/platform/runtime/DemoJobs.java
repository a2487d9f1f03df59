package id.kompeten.platform.runtime;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a demo loader that depends on other services' events (sessions from the catalogue, people and completions from
 * enrollment) every few seconds until it reports nothing missing, or until its patience runs out; the log says which.
 * The service stays useful without its demo data, so failures are logged, retried, and given up with the patience.
 * Jobs still running when the service stops are stopped with it.
 */
@ApplicationScoped
public class DemoJobs {

    private static final Logger LOG = Logger.getLogger(DemoJobs.class);
    private static final String INTERVAL = "5s";

    private final Scheduler scheduler;
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();

    DemoJobs(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Schedules {@code attempt}: it adds what it can and returns what it still waits for (empty when done).
     *
     * @param name     the job's name, also in the log (e.g. {@code demo-enrollments})
     * @param patience how long to keep trying
     * @param attempt  one idempotent try
     */
    public void untilDone(String name, Duration patience, Supplier<Optional<String>> attempt) {
        Instant givingUpAt = Instant.now().plus(patience);
        AtomicReference<String> awaited = new AtomicReference<>();
        scheduled.add(name);
        scheduler.newJob(name)
                .setInterval(INTERVAL)
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> run(name, patience, givingUpAt, attempt, awaited))
                .schedule();
    }

    void onStop(@Observes ShutdownEvent event) {
        scheduled.forEach(scheduler::unscheduleJob);
    }

    private void run(String name, Duration patience, Instant givingUpAt, Supplier<Optional<String>> attempt,
            AtomicReference<String> awaited) {
        boolean givingUp = Instant.now().isAfter(givingUpAt);
        try {
            Optional<String> missing = attempt.get();
            if (missing.isEmpty()) {
                LOG.infof("%s: loaded", name);
                scheduler.unscheduleJob(name);
            } else if (givingUp) {
                LOG.warnf("%s not loaded: still waiting for %s after %s", name, missing.get(), patience);
                scheduler.unscheduleJob(name);
            } else if (!missing.get().equals(awaited.getAndSet(missing.get()))) {
                // Once per thing awaited: the log tells what the demo is stuck on without repeating it every run.
                LOG.infof("%s waits for %s", name, missing.get());
            }
        } catch (RuntimeException e) {
            // Retried until the patience runs out, so a lasting fault does not fill the log for the life of the process.
            LOG.error(givingUp ? name + " could not be loaded" : name + " could not be loaded (retrying)", e);
            if (givingUp) {
                scheduler.unscheduleJob(name);
            }
        }
    }
}
