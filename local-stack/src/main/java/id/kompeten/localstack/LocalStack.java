package id.kompeten.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The embedded infrastructure every service needs: one MariaDB holding the three service databases, one Kafka broker. */
public final class LocalStack implements AutoCloseable {

    /** One database per service; each service owns its database and nothing else. */
    public static final List<String> DATABASES = List.of("training", "enrollment", "evaluation");

    private final EmbeddedMariaDb database;
    private volatile EmbeddedKafka kafka;
    private volatile boolean kafkaRunning = true;
    private volatile boolean databaseRunning = true;

    private LocalStack(EmbeddedMariaDb database, EmbeddedKafka kafka) {
        this.database = database;
        this.kafka = kafka;
    }

    /** Starts both servers side by side (they take a few seconds each); ports of 0 mean "any free port". */
    public static LocalStack start(Path dataDir, Ports ports) {
        CompletableFuture<EmbeddedKafka> kafka = CompletableFuture.supplyAsync(
                () -> EmbeddedKafka.start(dataDir.resolve("kafka"), ports.kafka(), ports.kafkaController()));
        EmbeddedMariaDb database;
        try {
            database = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), ports.database(), DATABASES);
        } catch (RuntimeException e) {
            kafka.thenAccept(EmbeddedKafka::close);
            throw e;
        }
        try {
            return new LocalStack(database, kafka.join());
        } catch (CompletionException e) {
            database.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public EmbeddedMariaDb database() {
        return database;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    /** Takes the broker away, as in an outage; {@link #startKafka()} brings it back on the same address and data. */
    public synchronized void stopKafka() {
        if (kafkaRunning) {
            kafka.close();
            kafkaRunning = false;
        }
    }

    public synchronized void startKafka() {
        if (!kafkaRunning) {
            kafka = kafka.restart();
            kafkaRunning = true;
        }
    }

    /** Freezes the database server, as a stalled database host; {@link #resumeDatabase()} lets it go on. */
    public void pauseDatabase() {
        database.pause();
    }

    public void resumeDatabase() {
        database.resume();
    }

    /**
     * Shuts the database server down, as in an outage: connections are refused. {@link #startDatabase()} starts it
     * again on the same port and data.
     */
    public synchronized void stopDatabase() {
        if (databaseRunning) {
            database.stop();
            databaseRunning = false;
        }
    }

    public synchronized void startDatabase() {
        if (!databaseRunning) {
            database.startAgain();
            databaseRunning = true;
        }
    }

    /** Stops Kafka first so nothing is left writing, then the database. */
    @Override
    public void close() {
        try {
            stopKafka();
        } finally {
            database.close();
        }
    }

    /** Fixed ports for the local run, or 0 for free ones in tests. */
    public record Ports(int database, int kafka, int kafkaController) {
        public static final Ports ANY_FREE = new Ports(0, 0, 0);
    }
}
