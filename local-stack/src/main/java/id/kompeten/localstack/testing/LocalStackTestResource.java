package id.kompeten.localstack.testing;

import id.kompeten.localstack.LocalStack;
import id.kompeten.localstack.tokens.DevKeyPair;
import id.kompeten.localstack.tokens.DevTokenMinter;
import id.kompeten.localstack.tokens.DevTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Points a service's {@code @QuarkusTest}s at a real MariaDB and a real Kafka broker. Both start once per test JVM and
 * stop when it exits, however many times Quarkus restarts the application under test.
 * <p>
 * Use with {@code @WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database",
 * value = "training"))}; the datasource then logs in as that database's own user.
 * <p>
 * It also makes the service trust development tokens: one RSA key pair per test JVM and the development issuer. Tests
 * get tokens from {@link DevTokens}.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    /*
     * Quarkus may load this class in more than one class loader during a test run, so the running stack is found
     * through system properties (JVM-wide) rather than a static field.
     */
    private static final String DB_PORT = "kompeten.test-stack.db-port";
    private static final String KAFKA = "kompeten.test-stack.kafka";

    private String database = "training";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        if (!LocalStack.DATABASES.contains(database)) {
            throw new IllegalArgumentException("Unknown database '" + database + "'; expected one of " + LocalStack.DATABASES);
        }
    }

    @Override
    public Map<String, String> start() {
        startOncePerJvm();
        String jdbcUrl = "jdbc:mysql://127.0.0.1:" + System.getProperty(DB_PORT) + "/" + database;
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.username", database);
        config.put("quarkus.datasource.password", database);
        config.put("kafka.bootstrap.servers", System.getProperty(KAFKA));
        // Test consumers read a topic from its start, so a record sent before partitions are assigned still counts.
        config.put("kafka.auto.offset.reset", "earliest");
        config.putAll(devTokenVerification());
        return config;
    }

    /** What a service needs to verify the tokens {@link DevTokens} mints: JWT_ISSUER and JWT_PUBLIC_KEY_LOCATION. */
    private static Map<String, String> devTokenVerification() {
        Path keysDir = createDevKeysOncePerJvm();
        return Map.of(
                "mp.jwt.verify.issuer", DevTokenMinter.DEV_ISSUER,
                "mp.jwt.verify.publickey.location", "file:" + DevKeyPair.publicKeyFile(keysDir),
                // Whatever JWT_PUBLIC_KEY the environment has, tests trust only the key above ("NONE" = not set).
                "mp.jwt.verify.publickey", "NONE");
    }

    private static synchronized Path createDevKeysOncePerJvm() {
        String existing = System.getProperty(DevTokens.KEYS_DIR_PROPERTY);
        if (existing != null) {
            return Path.of(existing);
        }
        Path keysDir = createTempDir("kompeten-test-keys");
        DevKeyPair.generate().save(keysDir);
        System.setProperty(DevTokens.KEYS_DIR_PROPERTY, keysDir.toString());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(keysDir), "kompeten-test-keys-delete"));
        return keysDir;
    }

    private static synchronized void startOncePerJvm() {
        if (System.getProperty(KAFKA) != null) {
            return;
        }
        Path dataDir = createTempDir("kompeten-test-stack");
        LocalStack stack = LocalStack.start(dataDir, LocalStack.Ports.ANY_FREE);
        // The broker creates no topic on first use; the project's own topics exist already, this one is for tests only.
        stack.kafka().createTopics(List.of(ServiceStartupContract.SELF_TEST_TOPIC));
        System.setProperty(DB_PORT, String.valueOf(stack.database().port()));
        System.setProperty(KAFKA, stack.kafka().bootstrapServers());
        TestStackControl.register(stack);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            deleteRecursively(dataDir);
        }, "kompeten-test-stack-stop"));
    }

    @Override
    public void stop() {
        // Deliberately empty: the stack outlives application restarts and stops with the JVM.
    }

    private static Path createTempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort: it lives under the temp folder anyway.
        }
    }
}
