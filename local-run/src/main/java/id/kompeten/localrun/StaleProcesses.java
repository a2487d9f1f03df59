package id.kompeten.localrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Cleans up after a launcher that was killed without running its shutdown hook (SIGKILL, power loss): services stop
 * themselves when the launcher is gone, but the MariaDB server is a plain child process and would keep its data
 * folder locked.
 */
final class StaleProcesses {

    private StaleProcesses() {
    }

    static void stopLeftoverDatabase(Path mariadbDataDir) {
        if (!Files.isDirectory(mariadbDataDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(mariadbDataDir)) {
            List<Path> pidFiles = files.filter(file -> file.getFileName().toString().endsWith(".pid")).toList();
            for (Path pidFile : pidFiles) {
                readPid(pidFile).flatMap(ProcessHandle::of)
                        .filter(process -> process.info().command().map(StaleProcesses::isMariaDbServer).orElse(false))
                        .ifPresent(StaleProcesses::terminate);
            }
        } catch (IOException e) {
            // Nothing to clean up that we can see; MariaDB will complain clearly if the folder is still locked.
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isMariaDbServer(String command) {
        return command.endsWith("mysqld") || command.endsWith("mariadbd");
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
