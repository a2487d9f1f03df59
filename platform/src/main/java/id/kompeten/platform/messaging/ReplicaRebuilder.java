package id.kompeten.platform.messaging;

import id.kompeten.contracts.DomainEvent;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.NotFoundProblem;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rebuilds a {@link Replica} from the beginning of its topic: empties its tables and forgets which events it processed
 * (one transaction), then reads the topic from its first offset up to its end at that moment with a consumer of its
 * own (no consumer group, nothing committed) and applies every record through {@link EventInbox}, as the live consumer
 * would. The topic is compacted, so the start holds at least every aggregate's latest snapshot.
 * <p>
 * The live consumers of every instance keep running meanwhile. That is safe: an event either was applied before the
 * tables were emptied (then its mark went with it and the replay applies it again) or after (then the replay finds it
 * processed), and the replica's own version rule keeps the newest snapshot whichever way two applications race. A
 * database lock ({@code GET_LOCK}, held on a connection of its own and released if the instance dies) lets only one
 * rebuild of a replica run at a time across all instances. Until it finishes, readers see a partly filled replica.
 */
@ApplicationScoped
public class ReplicaRebuilder {

    private static final Logger LOG = Logger.getLogger(ReplicaRebuilder.class);
    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    /** Prefix of the database lock a rebuild holds; with the replica's name it must stay within MySQL's 64 characters. */
    static final String LOCK_PREFIX = "kompeten.replica-rebuild.";

    private final Instance<Replica<?>> replicas;
    private final CloudEventReader reader;
    private final EventInbox inbox;
    private final ProcessedEvents processed;
    private final AgroalDataSource dataSource;
    private final RebuildConfig config;
    private final Map<String, Object> consumerConfig;

    ReplicaRebuilder(@Any Instance<Replica<?>> replicas, CloudEventReader reader, EventInbox inbox,
            ProcessedEvents processed, AgroalDataSource dataSource, RebuildConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.replicas = replicas;
        this.reader = reader;
        this.inbox = inbox;
        this.processed = processed;
        this.dataSource = dataSource;
        this.config = config;
        this.consumerConfig = consumerConfig(kafkaConfig, applicationName, config.kafkaTimeout());
    }

    private static Map<String, Object> consumerConfig(Map<String, Object> kafkaConfig, String applicationName,
            Duration timeout) {
        Map<String, Object> props = new HashMap<>(KafkaClientConfig.of(kafkaConfig, ConsumerConfig.configNames()));
        // Partitions are assigned, not subscribed: no group, nothing committed, the live consumer's offsets untouched.
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, applicationName + "-replica-rebuild");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    /** This service's replicas, by name. */
    public List<Replica<?>> replicas() {
        return StreamSupport.stream(replicas.spliterator(), false)
                .<Replica<?>>map(replica -> replica)
                .sorted(Comparator.comparing(Replica::name))
                .toList();
    }

    /** @throws NotFoundProblem if this service keeps no replica of that name */
    public Replica<?> replica(String name) {
        return replicas().stream().filter(replica -> replica.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundProblem("Replica", name));
    }

    /**
     * Empties the replica and replays its topic. Not one transaction: every event is applied in its own, as the live
     * consumer does, so a rebuild of any size stays within transaction limits.
     *
     * @throws NotFoundProblem         no such replica
     * @throws ConflictProblem         a rebuild of it is already running, on this or another instance
     * @throws KafkaUnavailableProblem Kafka could not be read: before emptying (nothing changed) or during the replay
     *                                 (run it again)
     */
    public RebuildReport rebuild(String name) {
        Replica<?> replica = replica(name);
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock, LOCK_PREFIX + name)) {
                throw new ConflictProblem("problem.replica-rebuild-running.detail", name);
            }
            try {
                return replay(replica);
            } finally {
                release(lock, LOCK_PREFIX + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The rebuild lock of replica " + name + " failed", e);
        }
    }

    private <E extends DomainEvent> RebuildReport replay(Replica<E> replica) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        String topic = replica.topic().topicName();
        Counts counts = new Counts();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // Asks the broker for the first offsets now, so an unreachable Kafka fails the rebuild before anything changes.
            partitions.forEach(consumer::position);
            empty(replica, counts);
            // Taken after emptying: whatever the live consumer applied before that is below these offsets and replayed.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long lastProgress = System.nanoTime();
            while (!reached(consumer, end)) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > config.kafkaTimeout().toNanos()) {
                    throw interrupted(replica, counts, null);
                }
                for (ConsumerRecord<String, String> record : records) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        apply(replica, record, counts);
                    }
                }
            }
        } catch (KafkaException e) {
            throw counts.emptied ? interrupted(replica, counts, e) : unavailable(e);
        }
        RebuildReport report = new RebuildReport(replica.name(), topic, counts.records, counts.applied, counts.ignored,
                counts.notHandled, counts.alreadyProcessed, counts.poison, counts.failed, startedAt,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        LOG.infof("Rebuilt replica %s from %s: %s", replica.name(), topic, report);
        return report;
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        List<PartitionInfo> infos;
        try {
            infos = consumer.partitionsFor(topic, config.kafkaTimeout());
        } catch (KafkaException e) {
            throw unavailable(e);
        }
        if (infos == null || infos.isEmpty()) {
            throw unavailable(new KafkaException("Topic " + topic + " has no partitions"));
        }
        return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private void empty(Replica<?> replica, Counts counts) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : replica.tables()) {
                if (!TABLE.matcher(table).matches()) {
                    throw new IllegalStateException("Replica " + replica.name() + " names an odd table: " + table);
                }
                Panache.getEntityManager().createNativeQuery("DELETE FROM " + table).executeUpdate();
            }
            processed.forgetAll(replica.name());
        });
        counts.emptied = true;
    }

    private <E extends DomainEvent> void apply(Replica<E> replica, ConsumerRecord<String, String> record, Counts counts) {
        counts.records++;
        IncomingEvent<E> event;
        try {
            event = reader.read(record, replica.eventFamily());
        } catch (PoisonEventException e) {
            counts.poison++;
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                counts.add(inbox.process(replica.name(), event, replica::apply));
                return;
            } catch (RuntimeException e) {
                if (attempt >= config.applyAttempts()) {
                    counts.failed++;
                    LOG.warnf(e, "Rebuild of replica %s could not apply event %s (%s) at %s-%d@%d", replica.name(),
                            event.id(), event.type(), record.topic(), record.partition(), record.offset());
                    return;
                }
                backOff(attempt);
            }
        }
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(partition -> consumer.position(partition.getKey()) >= partition.getValue());
    }

    private static boolean tryLock(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }

    private static void release(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, name);
            statement.executeQuery().close();
        }
    }

    private KafkaUnavailableProblem unavailable(Exception cause) {
        LOG.warnf("Replica rebuild: Kafka not reachable (%s); nothing was changed", String.valueOf(cause));
        return new KafkaUnavailableProblem("problem.kafka-unavailable.detail", config.kafkaTimeout().toSeconds());
    }

    private static KafkaUnavailableProblem interrupted(Replica<?> replica, Counts counts, Exception cause) {
        LOG.errorf(cause, "Rebuild of replica %s stopped after %d records: Kafka could not be read. Run it again.",
                replica.name(), counts.records);
        return new KafkaUnavailableProblem("problem.replica-rebuild-interrupted.detail", replica.name(), counts.records);
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Tallies of one rebuild. */
    private static final class Counts {
        long records;
        long applied;
        long ignored;
        long notHandled;
        long alreadyProcessed;
        long poison;
        long failed;
        boolean emptied;

        void add(Optional<EffectOutcome> outcome) {
            if (outcome.isEmpty()) {
                alreadyProcessed++;
                return;
            }
            switch (outcome.get()) {
                case APPLIED -> applied++;
                case IGNORED -> ignored++;
                case NOT_HANDLED -> notHandled++;
            }
        }
    }
}
