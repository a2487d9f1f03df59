package id.kompeten.localrun;

import id.kompeten.localstack.EmbeddedMariaDb;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Cleans up after a launcher that was killed without running its shutdown hook (SIGKILL, power loss): services stop
 * themselves when the launcher is gone, but the MariaDB server is a plain child process and would keep its data
 * folder locked.
 */
final class StaleProcesses {

    private StaleProcesses() {
    }

    static void stopLeftoverDatabase(Path mariadbDataDir) {
        EmbeddedMariaDb.serverOf(mariadbDataDir).ifPresent(StaleProcesses::terminate);
    }

    private static void terminate(ProcessHandle process) {
        System.out.printf("[local-run] Stopping MariaDB left over from an earlier run (pid %d) ...%n", process.pid());
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
