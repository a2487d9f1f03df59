package id.kompeten.localrun;

import id.kompeten.localstack.FreePorts;
import id.kompeten.localstack.LocalStack;
import id.kompeten.localstack.tokens.DevPersonas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Starts the whole system on one machine: embedded MariaDB and Kafka in this JVM, each service in its own JVM, and a
 * development token per role for calling them. Data stays in {@code .local/} between runs ({@code -Dlocal.fresh=true}
 * starts over). Ctrl-C stops everything.
 */
public final class LocalRun {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration SERVICE_STOP_TIMEOUT = Duration.ofSeconds(40);
    static final String DEV_SERVER_ORIGINS = "http://localhost:3000,http://localhost:5173,http://localhost:4200";

    private final Path root;
    private final Path dataDir;
    private final Path logDir;
    private final LocalStack.Ports ports;
    private final DevTokenFiles tokens;
    private final List<ServiceProcess> services = new ArrayList<>();
    private volatile LocalStack stack;

    private LocalRun(Path root, Path dataDir, LocalStack.Ports ports) {
        this.root = root;
        this.dataDir = dataDir;
        this.logDir = dataDir.resolve("logs");
        this.ports = ports;
        this.tokens = new DevTokenFiles(dataDir);
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("kompeten.root", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(System.getProperty("local.data", root.resolve(".local").toString())).toAbsolutePath().normalize();
        LocalStack.Ports ports = new LocalStack.Ports(
                Integer.getInteger("local.db.port", 3306),
                Integer.getInteger("local.kafka.port", 9092),
                Integer.getInteger("local.kafka.controller.port", 9093));
        LocalRun run = new LocalRun(root, dataDir, ports);
        try {
            // Before the port check: a MariaDB orphaned by a killed launcher still holds its port and data folder.
            StaleProcesses.stopLeftoverDatabase(dataDir.resolve("mariadb"));
            run.checkPrerequisites();
            if (Boolean.getBoolean("local.fresh")) {
                run.deleteData();
            }
            Runtime.getRuntime().addShutdownHook(new Thread(run::stop, "kompeten-local-run-stop"));
            // Maven (exec:exec) is our parent: when it is killed alone, e.g. by an IDE's stop button, stop with it.
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
                say("The process that started the local run is gone; stopping.");
                System.exit(0);
            }));
            run.start();
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("Local run failed: " + e.getMessage());
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    /** Fails fast, before anything starts, when a jar is missing or a port is taken. */
    private void checkPrerequisites() {
        List<String> problems = new ArrayList<>();
        for (LocalService service : LocalService.ALL) {
            if (!Files.isRegularFile(service.jar(root))) {
                problems.add(service.name() + " is not built (" + service.jar(root) + " missing): run `mvn package -Plocal-run`"
                        + " from " + root);
            }
        }
        Map<Integer, String> wanted = new LinkedHashMap<>();
        LocalService.ALL.forEach(service -> wanted.put(service.port(), service.name()));
        wanted.put(ports.database(), "MariaDB (change with -Dlocal.db.port=...)");
        wanted.put(ports.kafka(), "Kafka (change with -Dlocal.kafka.port=...)");
        wanted.put(ports.kafkaController(), "Kafka controller (change with -Dlocal.kafka.controller.port=...)");
        wanted.forEach((port, user) -> {
            if (!FreePorts.isFree(port)) {
                problems.add("port " + port + " is already in use; it is needed for " + user);
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join(System.lineSeparator() + "  - ",
                    List.of("cannot start:", String.join(System.lineSeparator() + "  - ", problems))));
        }
    }

    private void start() throws InterruptedException {
        Instant begin = Instant.now();
        createDirectory(logDir);
        InfraLog.redirectTo(logDir.resolve("infra.log"));
        tokens.writeOnePerRole(tokens.keys());
        Path mintToken = tokens.writeMintTokenScripts();

        say("Starting embedded MariaDB (port %d) and Kafka (port %d), data in %s ...", ports.database(), ports.kafka(), dataDir);
        stack = LocalStack.start(dataDir, ports);
        say("Infrastructure ready after %s.", seconds(Duration.between(begin, Instant.now())));

        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        for (LocalService service : LocalService.ALL) {
            services.add(ServiceProcess.start(service, service.jar(root), logDir, environment(service)));
        }
        say("Started %d services, waiting for them to be ready ...", services.size());
        Map<ServiceProcess, Duration> readyAfter = new LinkedHashMap<>();
        for (ServiceProcess process : services) {
            readyAfter.put(process, process.awaitReady(deadline));
        }
        printSummary(readyAfter, Duration.between(begin, Instant.now()), mintToken);
    }

    private Map<String, String> environment(LocalService service) {
        Map<String, String> environment = new LinkedHashMap<>(service.environment(stack, tokens.publicKeyFile()));
        // Each service adds what is missing of its demo data at start (kompeten.demo-data.enabled).
        environment.put("KOMPETEN_DEMO_DATA_ENABLED", "true");
        // Front ends under development call the APIs from their dev servers (React/Next, Vite, Angular).
        environment.put("CORS_ORIGINS", DEV_SERVER_ORIGINS);
        return environment;
    }

    private void printSummary(Map<ServiceProcess, Duration> readyAfter, Duration total, Path mintToken) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nKompeten is running (all ready %s after launch).%n%n", seconds(total)));
        out.append(String.format("  %-20s %-28s %-38s %-40s %s%n", "service", "API", "Swagger UI", "health", "startup"));
        readyAfter.forEach((process, after) -> {
            String base = process.service().baseUrl();
            String memory = process.residentMemoryMib().map(mib -> ", RSS " + mib + " MiB").orElse("");
            out.append(String.format("  %-20s %-28s %-38s %-40s %s%s%n", process.service().name(), base + "/api/v1",
                    base + "/q/swagger-ui", base + "/q/health/ready", seconds(after), memory));
        });
        out.append(String.format("%n  OpenAPI documents   <service URL>/q/openapi, metrics <service URL>/q/metrics%n"));
        out.append(String.format("  Kafka               %s%n", stack.kafka().bootstrapServers()));
        out.append(String.format("  MariaDB             %s (user and password = database name)%n",
                stack.database().jdbcUrl("{training|enrollment|evaluation}")));
        out.append(String.format("  Tokens              %s/<ROLE>.jwt, one per role, valid %d days, e.g.%n",
                shown(tokens.tokensDir()), DevTokenFiles.LIFETIME.toDays()));
        out.append(String.format("                      curl -H \"Authorization: Bearer $(cat %s)\" -H 'Content-Type: application/json'"
                + " -d '{\"code\":\"DEMO\",\"name\":{\"id\":\"Demo\",\"en\":\"Demo\"},\"type\":\"TEKNIS\"}'"
                + " %s/api/v1/competencies%n",
                shown(tokens.tokensDir().resolve("CATALOG_MANAGER.jwt")), LocalService.ALL.get(0).baseUrl()));
        out.append(String.format("  Demo people         %s/<name>.jwt: %s%n", shown(tokens.peopleDir()),
                String.join(", ", DevPersonas.DEMO_PEOPLE.keySet())));
        out.append(String.format("  Another token       %s --role SUPERVISOR --nip %s --unit %s%n",
                shown(mintToken), DevPersonas.SUPERVISOR.nip(), DevPersonas.SUPERVISOR.unit()));
        out.append(String.format("  Logs                %s (one file per service, infra.log for Kafka and MariaDB)%n", logDir));
        out.append(String.format("  Data                %s (kept between runs; start fresh with -Dlocal.fresh=true)%n", dataDir));
        out.append(String.format("%nPress Ctrl-C to stop everything.%n"));
        System.out.print(out);
        System.out.flush();
    }

    /** Services first (they still use the broker and database while draining), then Kafka, then MariaDB. */
    private void stop() {
        say("Stopping ...");
        services.parallelStream().forEach(process -> process.stop(SERVICE_STOP_TIMEOUT));
        LocalStack running = stack;
        if (running != null) {
            running.close();
        }
        say("Stopped.");
    }

    private void deleteData() {
        if (!Files.exists(dataDir)) {
            return;
        }
        say("Deleting %s for a fresh start ...", dataDir);
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dataDir, e);
        }
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + dir, e);
        }
    }

    /** A path as typed from the repository root, where the README's commands run. */
    private String shown(Path path) {
        return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static void say(String format, Object... args) {
        System.out.printf("[local-run] " + format + "%n", args);
        System.out.flush();
    }
}
