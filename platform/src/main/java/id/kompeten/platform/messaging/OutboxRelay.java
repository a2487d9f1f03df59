package id.kompeten.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Ships outbox rows to Kafka in the order they were written, then marks them sent, in one database transaction that
 * holds the relay lock row: with several instances only one ships at a time, so rows are neither raced nor reordered.
 * <p>
 * Order holds per aggregate (topic and key), and a failure holds back only what it must:
 * <ul>
 * <li>Kafka away (outage, timeout, any retriable error): the row's topic waits for the next run; rows are never parked
 * for this, however long it lasts.</li>
 * <li>Kafka refuses the record itself (too large, topic not authorised or invalid): only the row's aggregate waits;
 * after {@link OutboxConfig#maxAttempts()} such refusals the row is parked with its error, and keeps holding its
 * aggregate back until an operator retries or discards it ({@link ParkedOutboxEvents}).</li>
 * </ul>
 * An event is sent twice when Kafka accepted it but the commit that marks it sent failed, or when a later row of an
 * aggregate got out before an earlier one failed (it is sent again after that one); consumers are idempotent and keep
 * the newest snapshot, so both are harmless.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String JOB = "outbox-relay";

    private final OutboxConfig config;
    private final Scheduler scheduler;
    private final Map<String, Object> producerConfig;
    private final Counter shipped;
    private final Counter failures;
    private volatile KafkaProducer<String, String> producer;
    /** Runs the relay right after a commit that wrote outbox rows; one thread, and at most one run waiting. */
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay-wake-up");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private volatile boolean running;

    OutboxRelay(OutboxConfig config, Scheduler scheduler, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String applicationName, MeterRegistry registry) {
        this.config = config;
        this.scheduler = scheduler;
        this.producerConfig = producerConfig(kafkaConfig, applicationName, config.sendTimeout());
        // Creating the producer needs no broker; it connects on first send.
        this.producer = new KafkaProducer<>(producerConfig);
        this.shipped = Counter.builder("kompeten.outbox.shipped").description("Outbox events shipped to Kafka")
                .register(registry);
        this.failures = Counter.builder("kompeten.outbox.failures")
                .description("Attempts to ship an outbox event that Kafka refused or did not answer").register(registry);
    }

    private static Map<String, Object> producerConfig(Map<String, Object> kafkaConfig, String applicationName,
            Duration sendTimeout) {
        Map<String, Object> props = KafkaClientConfig.of(kafkaConfig, ProducerConfig.configNames());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // Fail fast when the broker is away: the rows simply wait for the next run.
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(sendTimeout.toMillis(), 5_010));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    /** Scheduled here rather than with @Scheduled so the interval is the typed {@link OutboxConfig#pollInterval()}. */
    void schedule(@Observes StartupEvent started) {
        if (!config.relayEnabled()) {
            return;
        }
        running = true;
        scheduler.newJob(JOB)
                .setInterval(config.pollInterval().toString())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> run())
                .schedule();
    }

    void unschedule(@Observes ShutdownEvent stopping) {
        running = false;
        scheduler.unscheduleJob(JOB);
    }

    /**
     * Ships right after a transaction that wrote outbox rows committed, instead of waiting for the next scheduled run
     * (the scheduler checks its triggers once a second, whatever the poll interval). The scheduled run stays as the
     * safety net: for rows a crashed or busy instance left, and for a wake-up that found the relay lock taken.
     */
    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWriter.OutboxWritten written) {
        if (!running || !wakeUpQueued.compareAndSet(false, true)) {
            return;
        }
        wakeUps.execute(() -> {
            wakeUpQueued.set(false);
            if (!running) {
                return;
            }
            ManagedContext requestContext = Arc.container().requestContext();
            requestContext.activate();
            try {
                run();
            } catch (RuntimeException e) {
                LOG.debugf(e, "Outbox relay run after a commit failed; the scheduled run retries");
            } finally {
                requestContext.terminate();
            }
        });
    }

    void run() {
        int count;
        do {
            count = QuarkusTransaction.requiringNew().call(this::shipBatch);
        } while (count == config.batchSize());
    }

    @Scheduled(identity = "outbox-purge", every = "1h", delayed = "1m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        Instant cutOff = Instant.now().minus(config.retention());
        long deleted = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.deleteFinishedBefore(cutOff));
        if (deleted > 0) {
            LOG.debugf("Deleted %d outbox events shipped or discarded before %s", deleted, cutOff);
        }
    }

    /** Ships one batch; returns how many rows were marked sent (0 when another instance holds the lock). */
    int shipBatch() {
        if (!acquireRelayLock()) {
            return 0;
        }
        List<OutboxEvent> batch = OutboxEvent.shippable(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        Holds holds = new Holds();
        Instant now = Instant.now();
        List<InFlight> inFlight = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            if (holds.holds(event)) {
                continue;
            }
            Future<RecordMetadata> ack = send(event);
            Throwable refused = ack.isDone() ? failure(ack) : null;
            if (refused != null) {
                // Refused before it left (e.g. too large), or no broker within max.block.ms.
                failed(event, refused, holds, now);
            } else {
                inFlight.add(new InFlight(event, ack));
            }
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        int sent = 0;
        for (InFlight sending : inFlight) {
            OutboxEvent event = sending.event();
            Throwable error = await(sending.ack(), deadline);
            if (error != null) {
                failed(event, error, holds, now);
            } else if (holds.holdsAggregate(event)) {
                // An earlier row of its aggregate failed after this one went out: it is sent again after that one.
                LOG.debugf("Outbox event %s reached Kafka before an earlier event of %s failed; it will be sent again",
                        event.eventId(), event.key());
            } else {
                event.markSent(now);
                sent++;
            }
        }
        shipped.increment(sent);
        return sent;
    }

    private void failed(OutboxEvent event, Throwable error, Holds holds, Instant now) {
        failures.increment();
        holds.holdAggregate(event);
        String description = error.toString();
        if (isRecordSpecific(error)) {
            if (event.markRefused(description, config.maxAttempts(), now)) {
                LOG.errorf("Outbox event %s (%s, key %s) parked after Kafka refused it %d times: %s. Later events of"
                                + " that key wait until an operator retries or discards it (/api/v1/outbox/parked-events)",
                        event.eventId(), event.type(), event.key(), config.maxAttempts(), description);
            } else {
                LOG.warnf("Kafka refused outbox event %s (%s, key %s): %s; later events of that key wait",
                        event.eventId(), event.type(), event.key(), description);
            }
            return;
        }
        event.markFailed(description);
        holds.holdTopic(event.topic());
        LOG.warnf("Outbox relay could not ship event %s to %s (%s); events of that topic wait for the next run",
                event.eventId(), event.topic(), error.getMessage());
        if (error instanceof KafkaException && !(error instanceof ApiException) && !(error instanceof InterruptException)) {
            // The producer itself is broken (e.g. a fatal idempotence error): a fresh one lets the next run try again.
            resetProducer();
        }
    }

    /**
     * Errors about this record alone, which retrying cannot cure until someone acts and which leave other records alone.
     * Everything else (RetriableException and its kin: timeouts, no leader, broker away) is treated as an outage.
     */
    static boolean isRecordSpecific(Throwable error) {
        return error instanceof RecordTooLargeException || error instanceof RecordBatchTooLargeException
                || error instanceof TopicAuthorizationException || error instanceof InvalidTopicException
                || error instanceof InvalidRecordException || error instanceof SerializationException;
    }

    private static boolean acquireRelayLock() {
        // SKIP LOCKED: an instance that finds the row locked skips this run instead of queueing behind the other one.
        return !Panache.getEntityManager()
                .createNativeQuery("SELECT name FROM outbox_relay_lock WHERE name = 'relay' FOR UPDATE SKIP LOCKED")
                .getResultList().isEmpty();
    }

    private Future<RecordMetadata> send(OutboxEvent event) {
        try {
            return producer.send(toRecord(event));
        } catch (RuntimeException e) {
            // Most errors come through the future; a few (serialization, a closed producer) are thrown.
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The failure of a completed send, or null if it succeeded. */
    private static Throwable failure(Future<RecordMetadata> ack) {
        return await(ack, System.nanoTime());
    }

    private static Throwable await(Future<RecordMetadata> ack, long deadline) {
        try {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private static ProducerRecord<String, String> toRecord(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.ID, event.eventId());
        header(record, CloudEventHeaders.TYPE, event.type());
        header(record, CloudEventHeaders.SOURCE, event.source());
        header(record, CloudEventHeaders.TIME, event.occurredAt().toString());
        header(record, CloudEventHeaders.SUBJECT, event.key());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private synchronized void resetProducer() {
        KafkaProducer<String, String> broken = producer;
        producer = new KafkaProducer<>(producerConfig);
        broken.close(Duration.ZERO);
    }

    @PreDestroy
    void close() {
        running = false;
        wakeUps.shutdown();
        producer.close(Duration.ofSeconds(5));
    }

    private record InFlight(OutboxEvent event, Future<RecordMetadata> ack) {
    }

    /** What this run no longer sends: aggregates behind a failed row, topics Kafka did not answer for. */
    private static final class Holds {

        private final Set<String> aggregates = new HashSet<>();
        private final Set<String> topics = new HashSet<>();

        boolean holds(OutboxEvent event) {
            return topics.contains(event.topic()) || holdsAggregate(event);
        }

        boolean holdsAggregate(OutboxEvent event) {
            return aggregates.contains(aggregate(event));
        }

        void holdAggregate(OutboxEvent event) {
            aggregates.add(aggregate(event));
        }

        void holdTopic(String topic) {
            topics.add(topic);
        }

        private static String aggregate(OutboxEvent event) {
            return event.topic() + '\u0000' + event.key();
        }
    }
}
