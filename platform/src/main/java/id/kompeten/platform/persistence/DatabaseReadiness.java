package id.kompeten.platform.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: this instance can serve requests because its database answers. Replaces Quarkus's datasource check
 * (switched off in the shared configuration), which waits as long as the pool's acquisition timeout plus a validation
 * when every connection is busy, so a stalled database could keep the probe unanswered past its timeout. This one
 * answers within {@link #ANSWER_WITHIN} whatever the database does: DOWN if the check has not finished by then. A check
 * still running is awaited again rather than started twice, so slow probes never pile up threads.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "Database connections";
    /** Below a readiness probe's usual timeout (5 s in docker-compose.yml). */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);

    private final AgroalDataSource dataSource;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-readiness");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<CompletableFuture<Boolean>> running = new AtomicReference<>();

    public DatabaseReadiness(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        try {
            boolean valid = check().get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            return valid ? response.up().build()
                    : response.down().withData("reason", "a pooled connection failed its validation").build();
        } catch (TimeoutException e) {
            return response.down().withData("reason", "no answer within " + ANSWER_WITHIN.toSeconds() + " s").build();
        } catch (ExecutionException e) {
            return response.down().withData("reason", String.valueOf(e.getCause().getMessage())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("reason", "interrupted").build();
        }
    }

    /** The check in progress, or a new one: takes a pooled connection and validates it (validation-query-timeout). */
    private CompletableFuture<Boolean> check() {
        return running.updateAndGet(current -> current != null && !current.isDone() ? current
                : CompletableFuture.supplyAsync(() -> {
                    try {
                        return dataSource.isHealthy(false);
                    } catch (java.sql.SQLException e) {
                        throw new java.util.concurrent.CompletionException(e);
                    }
                }, checker));
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
    }
}
