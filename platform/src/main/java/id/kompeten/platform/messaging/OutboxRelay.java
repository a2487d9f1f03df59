package id.kompeten.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Ships outbox rows to Kafka in the order they were written, then marks them sent, in one database transaction that
 * holds the relay lock row: with several instances only one ships at a time, so rows are neither raced nor reordered.
 * If Kafka is unreachable the transaction marks the failure and the rows wait for the next run; an event is sent twice
 * only when Kafka accepted it but the commit that marks it sent failed (consumers are idempotent for that).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxConfig config;
    private final Counter shipped;
    private final Counter failures;
    private final KafkaProducer<String, String> producer;

    OutboxRelay(OutboxConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String applicationName, MeterRegistry registry) {
        this.config = config;
        // Creating the producer needs no broker; it connects on first send.
        this.producer = new KafkaProducer<>(producerConfig(kafkaConfig, applicationName, config.sendTimeout()));
        this.shipped = Counter.builder("kompeten.outbox.shipped").description("Outbox events shipped to Kafka")
                .register(registry);
        this.failures = Counter.builder("kompeten.outbox.failures").description("Outbox batches that Kafka refused")
                .register(registry);
    }

    private static Map<String, Object> producerConfig(Map<String, Object> kafkaConfig, String applicationName,
            Duration sendTimeout) {
        Map<String, Object> props = new HashMap<>();
        // The shared kafka.* settings also hold consumer-only keys; pass on only what a producer understands.
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                props.put(key, value);
            }
        });
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

    @Scheduled(identity = "outbox-relay", every = "${kompeten.outbox.poll-interval:0.5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        if (!config.relayEnabled()) {
            return;
        }
        int count;
        do {
            count = QuarkusTransaction.requiringNew().call(this::shipBatch);
        } while (count == config.batchSize());
    }

    @Scheduled(identity = "outbox-purge", every = "1h", delayed = "1m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        Instant cutOff = Instant.now().minus(config.retention());
        long deleted = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.deleteSentBefore(cutOff));
        if (deleted > 0) {
            LOG.debugf("Deleted %d outbox events shipped before %s", deleted, cutOff);
        }
    }

    /** Ships one batch; returns how many rows were marked sent (0 when another instance holds the lock). */
    int shipBatch() {
        if (!acquireRelayLock()) {
            return 0;
        }
        List<OutboxEvent> batch = OutboxEvent.pending(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = send(batch);
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        Instant now = Instant.now();
        int sent = 0;
        for (int i = 0; i < acks.size(); i++) {
            OutboxEvent event = batch.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                event.markSent(now);
                sent++;
            } catch (ExecutionException | TimeoutException e) {
                // Stop at the first failure: later rows of the same aggregate must not overtake this one.
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                event.markFailed(cause.toString());
                failures.increment();
                LOG.warnf("Outbox relay could not ship event %s to %s (%s); %d events stay pending",
                        event.eventId(), event.topic(), cause.getMessage(), batch.size() - sent);
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        shipped.increment(sent);
        return sent;
    }

    private static boolean acquireRelayLock() {
        // SKIP LOCKED: an instance that finds the row locked skips this run instead of queueing behind the other one.
        return !Panache.getEntityManager()
                .createNativeQuery("SELECT name FROM outbox_relay_lock WHERE name = 'relay' FOR UPDATE SKIP LOCKED")
                .getResultList().isEmpty();
    }

    private List<Future<RecordMetadata>> send(List<OutboxEvent> batch) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            Future<RecordMetadata> ack = producer.send(toRecord(event));
            acks.add(ack);
            if (ack.isDone() && failed(ack)) {
                // Typically no broker within max.block.ms: don't wait that long again for every remaining row.
                break;
            }
        }
        return acks;
    }

    private static boolean failed(Future<RecordMetadata> ack) {
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
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

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
