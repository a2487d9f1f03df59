package id.kompeten.localrun;

import id.kompeten.localstack.LocalStack;
import id.kompeten.localstack.tokens.DevTokenMinter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A service of the local run: its module folder, port and own database. The local run uses the fixed ports of
 * {@link #ALL}; the system tests take the same services {@link #onPort on free ports}.
 */
public record LocalService(String name, int port, String database) {

    public static final List<LocalService> ALL = List.of(
            new LocalService("training-service", 8081, "training"),
            new LocalService("enrollment-service", 8082, "enrollment"),
            new LocalService("evaluation-service", 8083, "evaluation"));

    public static LocalService named(String name) {
        return ALL.stream().filter(service -> service.name.equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No service " + name + " in " + ALL));
    }

    /** The same service listening on another port. */
    public LocalService onPort(int otherPort) {
        return new LocalService(name, otherPort, database);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The Quarkus fast-jar that {@code mvn package} builds in the service's module. */
    public Path jar(Path root) {
        return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * What the service needs to run against the embedded stack: its port, its database and user, the broker, and the
     * development issuer and key it trusts (and nothing else). Callers add their own switches (demo data, CORS).
     */
    public Map<String, String> environment(LocalStack stack, Path jwtPublicKeyFile) {
        return Map.of(
                "HTTP_PORT", String.valueOf(port),
                "DB_URL", stack.database().jdbcUrl(database),
                "DB_USER", database,
                "DB_PASSWORD", database,
                "KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers(),
                "JWT_ISSUER", DevTokenMinter.DEV_ISSUER,
                "JWT_PUBLIC_KEY_LOCATION", "file:" + jwtPublicKeyFile.toAbsolutePath(),
                // A key set in the developer's shell must not be trusted beside the development key ("NONE" = not set).
                "JWT_PUBLIC_KEY", "NONE");
    }
}
