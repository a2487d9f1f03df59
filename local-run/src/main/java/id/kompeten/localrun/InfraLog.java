package id.kompeten.localrun;

import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/** Sends the embedded Kafka's and MariaDB's SLF4J output to one file, keeping the terminal for the summary. */
public final class InfraLog {

    private InfraLog() {
    }

    /** Must run before the first logger is created: slf4j-simple reads these properties once. */
    public static void redirectTo(Path file) {
        System.setProperty("org.slf4j.simpleLogger.logFile", file.toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        // Kafka's per-partition state changes drown everything else at info.
        System.setProperty("org.slf4j.simpleLogger.log.state.change.logger", "warn");
        // Initialise now, before Kafka and MariaDB start logging from two threads at once.
        LoggerFactory.getILoggerFactory();
    }
}
