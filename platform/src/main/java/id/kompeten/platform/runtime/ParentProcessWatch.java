package id.kompeten.platform.runtime;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Stops this service when the process that launched it is gone. The local run sets {@code kompeten.parent-pid}, so
 * even a launcher killed with SIGKILL leaves no service JVM behind. Unset in production.
 */
@ApplicationScoped
class ParentProcessWatch {

    private static final Logger LOG = Logger.getLogger(ParentProcessWatch.class);

    private final Optional<Long> parentPid;

    ParentProcessWatch(@ConfigProperty(name = "kompeten.parent-pid") Optional<Long> parentPid) {
        this.parentPid = parentPid;
    }

    void watch(@Observes StartupEvent event) {
        parentPid.ifPresent(pid -> ProcessHandle.of(pid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> exit("Launcher process " + pid + " ended; shutting down")),
                () -> exit("Launcher process " + pid + " is already gone; shutting down")));
    }

    private static void exit(String reason) {
        LOG.warn(reason);
        Quarkus.asyncExit();
    }
}
