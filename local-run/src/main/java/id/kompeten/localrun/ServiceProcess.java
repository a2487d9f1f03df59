package id.kompeten.localrun;

import java.io.File;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** One service running in its own JVM, started from its Quarkus fast-jar, with its output in its own log file. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /**
     * Memory bounds, so that three services, Kafka and MariaDB fit a laptop: without them each JVM may take a quarter
     * of the machine's memory for its heap. A service keeps about 50 MiB live on the heap under load and about
     * 100 MiB of metaspace; the serial collector has the smallest footprint for a heap this size. About 300 MiB RSS
     * each after start, under 400 MiB after a minute of load.
     */
    static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx256m", "-XX:MaxMetaspaceSize=192m",
            "-XX:ReservedCodeCacheSize=96m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");

    private final LocalService service;
    private final Process process;
    private final Path log;
    private final Instant started;

    private ServiceProcess(LocalService service, Process process, Path log, Instant started) {
        this.service = service;
        this.process = process;
        this.log = log;
        this.started = started;
    }

    public static ServiceProcess start(LocalService service, Path jar, Path logDir, Map<String, String> environment) {
        return start(service, jar, logDir.resolve(service.name() + ".log"), environment, ProcessBuilder.Redirect::to);
    }

    /**
     * Starts the same service again (same port, database, log) after this process ended, with this environment; its
     * output goes on after what the ended one wrote, so a test's restart keeps one log to read.
     */
    public ServiceProcess startAgain(Path jar, Map<String, String> environment) {
        if (process.isAlive()) {
            throw new IllegalStateException(service.name() + " still runs (pid " + process.pid() + ")");
        }
        return start(service, jar, log, environment, ProcessBuilder.Redirect::appendTo);
    }

    private static ServiceProcess start(LocalService service, Path jar, Path log, Map<String, String> environment,
            Function<File, ProcessBuilder.Redirect> output) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // The service exits on its own if this launcher dies without running its shutdown hook (e.g. SIGKILL).
        command.add("-Dkompeten.parent-pid=" + ProcessHandle.current().pid());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.apply(log.toFile()));
        // glibc's malloc arenas per thread would let native memory grow with the number of threads.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(environment);
        try {
            return new ServiceProcess(service, builder.start(), log, Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service.name(), e);
        }
    }

    /** Polls the readiness endpoint until it answers 200; fails early if the JVM exits. */
    public Duration awaitReady(Instant deadline) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited with code " + process.exitValue()
                        + " before becoming ready. Last lines of " + log + ":\n" + tail(40));
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.between(started, Instant.now());
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service.name() + " was not ready in time. Last lines of " + log + ":\n" + tail(40));
    }

    /** Resident memory of the service JVM in MiB, read from /proc (Linux only). */
    public Optional<Long> residentMemoryMib() {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .findFirst();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Asks for a graceful shutdown (SIGTERM), then forces it after the timeout. */
    public void stop(Duration timeout) {
        process.destroy();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the JVM at once (SIGKILL): no shutdown hook runs, as when a machine or the OOM killer takes it. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public LocalService service() {
        return service;
    }

    public Path log() {
        return log;
    }

    private String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
