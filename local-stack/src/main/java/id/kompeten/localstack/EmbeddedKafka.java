package id.kompeten.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.TopicDefinition;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker in KRaft combined mode (broker and controller in one), running in this JVM.
 * The log folder is formatted on first use and reused afterwards, so a local run keeps its topics between restarts.
 * Like production, the broker creates no topic on first use: at every start the project's topics
 * ({@link Topic#definitions()}) are created or brought in line by {@link KafkaTopics}.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final Path logDir;
    private final int port;
    private final int controllerPort;

    private EmbeddedKafka(KafkaRaftServer server, Path logDir, int port, int controllerPort) {
        this.server = server;
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * Formats {@code logDir} if needed, starts the broker and waits until it answers metadata requests.
     *
     * @param port           client port, or 0 for a free one
     * @param controllerPort KRaft controller port, or 0 for a free one
     */
    public static EmbeddedKafka start(Path logDir, int port, int controllerPort) {
        // Kafka loads plugin classes through the context class loader. A test may restart the broker from a Quarkus
        // application's class loader (e.g. after a test profile switch), whose Kafka classes are not this broker's.
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(EmbeddedKafka.class.getClassLoader());
        try {
            return startWithOwnClassLoader(logDir, port, controllerPort);
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    private static EmbeddedKafka startWithOwnClassLoader(Path logDir, int port, int controllerPort) {
        int brokerPort = port == 0 ? FreePorts.find() : port;
        int quorumPort = controllerPort == 0 ? FreePorts.find() : controllerPort;
        try {
            Files.createDirectories(logDir);
            Properties props = brokerProperties(logDir, brokerPort, quorumPort);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(logDir, props);
            }
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
            server.startup();
            EmbeddedKafka kafka = new EmbeddedKafka(server, logDir, brokerPort, quorumPort);
            kafka.awaitReady();
            try {
                // Several partitions per topic, so per-key ordering is exercised as it is in production.
                kafka.createTopics(Topic.definitions());
            } catch (RuntimeException e) {
                kafka.close();
                throw e;
            }
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded Kafka failed to start in " + logDir, e);
        }
    }

    private static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties props = new Properties();
        props.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", logDir.toAbsolutePath().toString()),
                // Topics exist because tooling created them from their definition, never because someone used a name.
                Map.entry("auto.create.topics.enable", "false"),
                // One node: internal topics cannot be replicated.
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0")));
        return props;
    }

    private static void format(Path logDir, Properties props) throws IOException {
        Path config = logDir.resolveSibling(logDir.getFileName() + ".format.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "written by EmbeddedKafka to format the KRaft log folder");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        Files.deleteIfExists(config);
        if (exit != 0) {
            throw new IllegalStateException("Formatting the Kafka log folder failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady() {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            close();
            throw new IllegalStateException("Embedded Kafka at " + bootstrapServers() + " did not become ready", e);
        }
    }

    /** Creates topics (or brings existing ones in line), e.g. ones only tests use. */
    public void createTopics(Collection<TopicDefinition> topics) {
        KafkaTopics.ensure(bootstrapServers(), topics);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** A new broker on the same ports and log folder, e.g. after {@link #close()} to simulate an outage. */
    public EmbeddedKafka restart() {
        return start(logDir, port, controllerPort);
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
