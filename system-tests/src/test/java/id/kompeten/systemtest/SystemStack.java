package id.kompeten.systemtest;

import static io.restassured.RestAssured.given;

import id.kompeten.localrun.InfraLog;
import id.kompeten.localrun.LocalService;
import id.kompeten.localrun.ServiceProcess;
import id.kompeten.localstack.FreePorts;
import id.kompeten.localstack.LocalStack;
import id.kompeten.localstack.tokens.DevKeyPair;
import id.kompeten.localstack.tokens.DevTokens;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The whole system as a deployment runs it, for tests that may only use its public interfaces: embedded MariaDB and
 * Kafka (all topics as in production) in this JVM, and each service in its own JVM from its packaged build, started by
 * the local run's launcher ({@link ServiceProcess}) on a free port. Services start when a test first needs them and
 * keep running for the following tests of the JVM ({@link SystemTestExtension}); {@link #close()} stops everything.
 * <p>
 * Services trust development tokens signed with this stack's key pair: get them from {@link DevTokens}, as in the
 * services' own tests. Topics can be read and written with local-stack's {@code TestKafka}.
 */
public final class SystemStack implements AutoCloseable {

    public static final String TRAINING = "training-service";
    public static final String ENROLLMENT = "enrollment-service";
    public static final String EVALUATION = "evaluation-service";

    private static final String KAFKA_BOOTSTRAP_PROPERTY = "kafka.bootstrap.servers";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HEALTH_CLIENT = HttpClient.newBuilder().connectTimeout(HEALTH_TIMEOUT).build();

    private final Path root;
    private final Path dataDir;
    private final Path logDir;
    private final Path publicKeyFile;
    private final LocalStack infrastructure;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    /** How each service or instance was started, for {@link #restart}. */
    private final Map<String, Launch> launches = new LinkedHashMap<>();
    private boolean closed;

    private SystemStack(Path root, Path dataDir, Path logDir, Path publicKeyFile, LocalStack infrastructure) {
        this.root = root;
        this.dataDir = dataDir;
        this.logDir = logDir;
        this.publicKeyFile = publicKeyFile;
        this.infrastructure = infrastructure;
    }

    /**
     * Starts MariaDB and Kafka on free ports with their data in a new temp folder, and makes this JVM's development
     * tokens ({@link DevTokens}) signed by a new key pair. No service runs yet: see {@link #require}.
     */
    static SystemStack start() {
        Path root = Path.of(System.getProperty("kompeten.root", "..")).toAbsolutePath().normalize();
        Path logDir = Path.of(System.getProperty("kompeten.system-test.logs", "target/system-test-logs"))
                .toAbsolutePath().normalize();
        Path dataDir;
        try {
            Files.createDirectories(logDir);
            dataDir = Files.createTempDirectory("kompeten-system-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Kafka's and MariaDB's chatter to a file, before their first logger exists; the test output stays readable.
        InfraLog.redirectTo(logDir.resolve("infra.log"));
        Instant begin = Instant.now();
        try {
            Path keysDir = dataDir.resolve("keys");
            DevKeyPair.generate().save(keysDir);
            System.setProperty(DevTokens.KEYS_DIR_PROPERTY, keysDir.toString());
            LocalStack infrastructure = LocalStack.start(dataDir, LocalStack.Ports.ANY_FREE);
            // local-stack's TestKafka (read a topic, a group's offsets, send a record) finds the broker through this
            // configuration property, as in the services' tests.
            System.setProperty(KAFKA_BOOTSTRAP_PROPERTY, infrastructure.kafka().bootstrapServers());
            say("MariaDB (port %d) and Kafka (%s) ready after %s; data in %s, logs in %s",
                    infrastructure.database().port(), infrastructure.kafka().bootstrapServers(), since(begin), dataDir,
                    logDir);
            return new SystemStack(root, dataDir, logDir, DevKeyPair.publicKeyFile(keysDir), infrastructure);
        } catch (RuntimeException e) {
            deleteRecursively(dataDir);
            throw e;
        }
    }

    /**
     * Starts those of the named services that do not run yet, one after the other, each ready
     * ({@code /q/health/ready}) before the next starts: side by side, their Liquibase runs and 16-connection pools met
     * on a busy two-core machine and a first connection could take over the services' 5 s, which fails a start. Fails
     * at once, naming the command, when a service is not packaged.
     */
    public synchronized void require(Collection<String> names) {
        if (closed) {
            throw new IllegalStateException("The system stack is already stopped");
        }
        List<ServiceProcess> started = new ArrayList<>();
        Instant begin = Instant.now();
        for (String name : names) {
            if (services.containsKey(name)) {
                continue;
            }
            LocalService service = LocalService.named(name).onPort(servicePort());
            Path jar = service.jar(root);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(name + " is not packaged (" + jar + " missing): run `mvn package"
                        + " -DskipTests -pl " + name + " -am` from " + root + ", or the whole `mvn verify`");
            }
            Map<String, String> environment = new LinkedHashMap<>(service.environment(infrastructure, publicKeyFile));
            // The demo catalogue and demo people, as the local run has them: tests find plausible data to act on.
            environment.put("KOMPETEN_DEMO_DATA_ENABLED", "true");
            // Opt-in for a machine so loaded that a first connection takes over the services' 5 s (Liquibase then
            // fails the start): -Dkompeten.system-test.db-acquisition-timeout=30s. Unset, the services' own value.
            String acquisition = System.getProperty("kompeten.system-test.db-acquisition-timeout", "");
            if (!acquisition.isBlank()) {
                environment.put("DB_ACQUISITION_TIMEOUT", acquisition);
            }
            ServiceProcess process = ServiceProcess.start(service, jar, logDir, environment);
            services.put(name, process);
            launches.put(name, new Launch(jar, environment));
            started.add(process);
            try {
                Duration after = process.awaitReady(Instant.now().plus(READY_TIMEOUT));
                say("%s ready on %s after %s%s", process.service().name(), process.service().baseUrl(),
                        seconds(after), process.residentMemoryMib().map(mib -> ", RSS " + mib + " MiB").orElse(""));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + process.service().name(), e);
            }
        }
        if (!started.isEmpty()) {
            say("%d service(s) started and ready in %s", started.size(), since(begin));
        }
    }

    /**
     * The name of a service's second instance, for {@link #requireSecondInstance}, {@link #baseUrl} and
     * {@link #request}: e.g. {@code second(ENROLLMENT)} is {@code "enrollment-service-2"} (its log file's name too).
     */
    public static String second(String service) {
        return service + "-2";
    }

    /**
     * Starts a second instance of a running service, unless it runs already, and returns its name
     * ({@link #second}): the same packaged build, database, broker and consumer groups as the first (a scaled-out
     * deployment), on a free port of its own, with its own log. Demo data stays off: the first instance loads it,
     * and a deployment scaled out does not load anything twice either.
     */
    public synchronized String requireSecondInstance(String service) {
        if (closed) {
            throw new IllegalStateException("The system stack is already stopped");
        }
        require(List.of(service));
        String name = second(service);
        if (services.containsKey(name)) {
            return name;
        }
        LocalService first = services.get(service).service();
        // The launcher names the log after the service: the second instance's name keeps it apart from the first's.
        LocalService instance = new LocalService(name, servicePort(), first.database());
        Path jar = LocalService.named(service).jar(root);
        Map<String, String> environment = new LinkedHashMap<>(instance.environment(infrastructure, publicKeyFile));
        environment.put("KOMPETEN_DEMO_DATA_ENABLED", "false");
        Instant begin = Instant.now();
        ServiceProcess process = ServiceProcess.start(instance, jar, logDir, environment);
        services.put(name, process);
        launches.put(name, new Launch(jar, environment));
        try {
            Duration after = process.awaitReady(Instant.now().plus(READY_TIMEOUT));
            say("%s ready on %s after %s%s", name, instance.baseUrl(), seconds(after),
                    process.residentMemoryMib().map(mib -> ", RSS " + mib + " MiB").orElse(""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
        say("Second instance of %s started and ready in %s", service, since(begin));
        return name;
    }

    /**
     * Stops a service's second instance if it runs (SIGTERM, as a scale-in would): the test classes after the one that
     * needed it meet the system with one instance of each service again. Its log stays.
     */
    public synchronized void stopSecondInstance(String service) {
        ServiceProcess process = services.remove(second(service));
        launches.remove(second(service));
        if (process != null) {
            Instant begin = Instant.now();
            process.stop(STOP_TIMEOUT);
            say("%s stopped in %s", second(service), since(begin));
        }
    }

    /**
     * Kills a running service or instance at once (SIGKILL: no shutdown hook, no drain), as a crash would. It stays
     * known to the stack: {@link #restart} starts it again on the same port.
     */
    public synchronized void kill(String name) {
        running(name).kill();
        say("%s killed (SIGKILL)", name);
    }

    /**
     * Starts a service or instance again from the same build, port, database and log, with the environment it had
     * plus {@code changes} (e.g. {@code KOMPETEN_CLOCK_OFFSET}; an empty value removes a variable), and waits until
     * it is ready. A running one is stopped first (SIGTERM, as a rolling restart would); a killed one just starts.
     * The changes last until the next restart.
     */
    public synchronized void restart(String name, Map<String, String> changes) {
        ServiceProcess previous = running(name);
        Instant begin = Instant.now();
        previous.stop(STOP_TIMEOUT);
        Launch launch = launches.get(name);
        Map<String, String> environment = new LinkedHashMap<>(launch.environment());
        changes.forEach((key, value) -> {
            if (value.isEmpty()) {
                environment.remove(key);
            } else {
                environment.put(key, value);
            }
        });
        ServiceProcess process = previous.startAgain(launch.jar(), environment);
        services.put(name, process);
        launches.put(name, new Launch(launch.jar(), environment));
        try {
            process.awaitReady(Instant.now().plus(READY_TIMEOUT));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
        say("%s restarted%s and ready in %s", name, changes.isEmpty() ? "" : " with " + changes, since(begin));
    }

    private record Launch(Path jar, Map<String, String> environment) {
    }

    private ServiceProcess running(String name) {
        ServiceProcess process = services.get(name);
        if (process == null) {
            throw new NoSuchElementException(name + " is not running");
        }
        return process;
    }

    /** The log file of a running service or instance (what it wrote to stdout and stderr). */
    public synchronized Path log(String service) {
        ServiceProcess process = services.get(service);
        if (process == null) {
            throw new NoSuchElementException(service + " is not running");
        }
        return process.log();
    }

    /** {@code http://localhost:<port>} of a running service. */
    public synchronized String baseUrl(String service) {
        ServiceProcess process = services.get(service);
        if (process == null) {
            throw new NoSuchElementException(service + " is not running; name it in @SystemTest");
        }
        return process.service().baseUrl();
    }

    /** A RestAssured request to a running service, e.g. {@code stack.request(TRAINING).get("/api/v1/sessions")}. */
    public RequestSpecification request(String service) {
        // A failed status check shows the whole exchange, which is all a system test can see of the service.
        return given().baseUri(baseUrl(service)).log().ifValidationFails();
    }

    /** For tests that read or write the topics with their own clients; {@code TestKafka} needs nothing. */
    public String kafkaBootstrapServers() {
        return infrastructure.kafka().bootstrapServers();
    }

    /** Services first (they use the broker and database while draining), then Kafka and MariaDB, then the data. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Instant begin = Instant.now();
        try {
            services.values().parallelStream().forEach(process -> process.stop(STOP_TIMEOUT));
        } finally {
            try {
                infrastructure.close();
            } finally {
                deleteRecursively(dataDir);
            }
        }
        say("Stopped %d service(s), Kafka and MariaDB in %s", services.size(), since(begin));
    }

    // Infrastructure outages, for the fault tests: Kafka or MariaDB taken away and brought back on the same ports and
    // data (topics, committed offsets and rows survive). Not synchronized on the stack: requests to the services go on
    // while the infrastructure is away. A test that stops one starts it again in a finally block.

    /** Stops the Kafka broker (a clean shutdown); clients then find nobody on its port. */
    public void stopKafka() {
        Instant begin = Instant.now();
        infrastructure.stopKafka();
        say("Kafka stopped in %s", since(begin));
    }

    /** Starts the broker again on the same port and log folder; returns once it answers. Harmless if it runs. */
    public void startKafka() {
        Instant begin = Instant.now();
        infrastructure.startKafka();
        say("Kafka (%s) started again in %s", infrastructure.kafka().bootstrapServers(), since(begin));
    }

    /** Shuts MariaDB down (SIGTERM, a clean shutdown): the services' connections break, new ones are refused. */
    public void stopDatabase() {
        Instant begin = Instant.now();
        infrastructure.stopDatabase();
        say("MariaDB stopped in %s", since(begin));
    }

    /** Starts MariaDB again on the same port and data; returns once it takes connections. Harmless if it runs. */
    public void startDatabase() {
        Instant begin = Instant.now();
        infrastructure.startDatabase();
        say("MariaDB (port %d) started again in %s", infrastructure.database().port(), since(begin));
    }

    /**
     * Waits until every running service and instance answers 200 on {@code /q/health/ready}, at most {@code bound};
     * returns how long that took. For the end of a fault test: the classes after it meet a healthy system.
     */
    public Duration awaitAllReady(Duration bound) {
        Instant begin = Instant.now();
        Instant deadline = begin.plus(bound);
        List<String> names;
        synchronized (this) {
            names = List.copyOf(services.keySet());
        }
        for (String name : names) {
            while (true) {
                int status = health(name, "ready");
                if (status == 200) {
                    break;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(name + " not ready " + bound + " after " + begin
                            + " (last status " + status + ")");
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for " + name, e);
                }
            }
        }
        return Duration.between(begin, Instant.now());
    }

    /**
     * The status of a service's health endpoint ({@code "ready"}, {@code "live"}, {@code "group/kafka"}) within
     * 5 s: 200 UP, 503 DOWN, -1 when it does not answer in time or at all.
     */
    public int health(String name, String check) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl(name) + "/q/health/" + check))
                .timeout(HEALTH_TIMEOUT).build();
        try {
            return HEALTH_CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * A free port below the kernel's ephemeral range (32768 and up on Linux): a port from that range, free when
     * picked, can be taken by some client's outgoing connection in the half minute before a loaded machine's service
     * binds it (seen: enrollment-service exiting with "Port … seems to be in use" in a full run).
     */
    private static int servicePort() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 20_000 + random.nextInt(12_000);
            if (FreePorts.isFree(port)) {
                return port;
            }
        }
        return FreePorts.find();
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort: it is under the temp folder anyway.
        }
    }

    private static String since(Instant begin) {
        return seconds(Duration.between(begin, Instant.now()));
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    static void say(String format, Object... args) {
        System.out.printf("[system-test] " + format + "%n", args);
        System.out.flush();
    }
}
