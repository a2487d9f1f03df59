package id.kompeten.systemtest;

import static id.kompeten.systemtest.SystemStack.EVALUATION;

import groovy.json.JsonOutput;
import groovy.json.JsonSlurper;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokens;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * CourseCompleted records of a test run, written onto {@code enrollment.events} as enrollment's outbox relay writes
 * them, and what evaluation made of them: the fault tests count a run's completions in the units' training records
 * and compare with what they sent. Each run has units and people of its own, in one month of the past.
 */
final class CompletionEvents {

    static final String TOPIC = Topic.ENROLLMENT.topicName();
    /** Evaluation's production consumer group for the topic (its application.properties). */
    static final String GROUP = "evaluation-service.enrollment";
    private static final String COMPLETED = Topic.typeOf(CourseCompleted.class);
    private static final int[] JP = {8, 16, 24, 32, 40};
    private static final long TIMEOUT_SECONDS = 30;

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private final String period;
    private final List<String> units = new ArrayList<>();

    /** @param period a month ({@code 2026-05}) whose records only this kind of test writes */
    CompletionEvents(String period, int unitCount) {
        this.period = period;
        for (int u = 0; u < unitCount; u++) {
            units.add("UNIT-" + run + "-" + u);
        }
    }

    record Completion(String eventId, String enrollmentId, String nip, String unit, int jp) {
    }

    List<String> units() {
        return units;
    }

    /** Completions {@code from} to {@code to - 1} of this run: distinct enrollments and people, units in turn. */
    List<Completion> completions(int from, int to) {
        List<Completion> completions = new ArrayList<>();
        for (int i = from; i < to; i++) {
            completions.add(new Completion(UUID.randomUUID().toString(), UUID.randomUUID().toString(), nip(i),
                    units.get(i % units.size()), JP[i % JP.length]));
        }
        return completions;
    }

    /** Sends them and returns once the broker has every one (acks=all). */
    void send(String bootstrapServers, List<Completion> completions) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Completion completion : completions) {
                sent.add(producer.send(record(completion)));
            }
            for (Future<RecordMetadata> metadata : sent) {
                metadata.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the completions", e);
        }
    }

    /** Keyed by the enrollment, CloudEvents headers in binary mode: what the relay writes. */
    private ProducerRecord<String, String> record(Completion completion) {
        @SuppressWarnings("unchecked")
        Map<String, Object> event = (Map<String, Object>) new JsonSlurper().parseText(
                EventSamples.json(CourseCompleted.class));
        event.put("enrollmentId", completion.enrollmentId());
        event.put("nip", completion.nip());
        event.put("unitCode", completion.unit());
        event.put("supervisorNip", null);
        event.put("jp", completion.jp());
        // A day of the month per enrollment; 10:00 in Jakarta stays in it.
        LocalDate date = LocalDate.parse(period + "-01").plusDays(Math.floorMod(completion.enrollmentId().hashCode(), 28));
        event.put("sessionStartDate", date.minusDays(2).toString());
        event.put("sessionEndDate", date.toString());
        event.put("completedAt", date + "T03:00:00Z");
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, completion.enrollmentId(),
                JsonOutput.toJson(event));
        Map<String, String> headers = Map.of("ce_specversion", "1.0", "ce_id", completion.eventId(),
                "ce_type", COMPLETED, "ce_source", "/enrollment-service", "ce_time", Instant.now().toString(),
                "ce_subject", completion.enrollmentId(), "content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** What evaluation's API shows for this run: completions and JP summed over its units in the month. */
    Totals totals(SystemStack stack) {
        int completions = 0;
        int staff = 0;
        int jp = 0;
        for (String unit : units) {
            Response record = stack.request(EVALUATION).header("Authorization", DevTokens.bearer(DevPersonas.ADMIN))
                    .queryParam("period", period).get("/api/v1/units/{unit}/training-record", unit);
            if (record.statusCode() != 200) {
                throw new IllegalStateException("training record of " + unit + ": " + record.statusCode() + " "
                        + record.asString());
            }
            completions += record.<Integer>path("completions");
            staff += record.<Integer>path("staffTrained");
            jp += record.<Integer>path("jpDelivered");
        }
        return new Totals(completions, staff, jp);
    }

    record Totals(int completions, int staffTrained, int jp) {
        static Totals of(List<Completion> completions) {
            return new Totals(completions.size(), completions.size(),
                    completions.stream().mapToInt(Completion::jp).sum());
        }
    }

    /** The offsets evaluation's group has committed on the topic, summed over its partitions. */
    static long committed(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return committed.entrySet().stream()
                .filter(entry -> entry.getKey().topic().equals(TOPIC) && entry.getValue() != null)
                .mapToLong(entry -> entry.getValue().offset()).sum();
    }

    /** The end offsets of the topic's partitions, summed: every record ever written to it. */
    static long end(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < Topic.ENROLLMENT.definition().partitions(); p++) {
            latest.put(new TopicPartition(TOPIC, p), OffsetSpec.latest());
        }
        return admin.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).values().stream()
                .mapToLong(info -> info.offset()).sum();
    }

    /** Records of the topic evaluation has not committed yet. */
    static long lag(Admin admin) throws Exception {
        return end(admin) - committed(admin);
    }

    static Admin admin(SystemStack stack) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000));
    }

    /** A valid NIP of this run: born on a day of 1970-1997 per index, appointed at 25, serial from the run. */
    private String nip(int index) {
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(index * 5L);
        int serial = 1 + Math.floorMod(run.hashCode(), 999);
        return String.format(Locale.ROOT, "%04d%02d%02d%04d%02d%d%03d", born.getYear(), born.getMonthValue(),
                born.getDayOfMonth(), born.getYear() + 25, born.getMonthValue(), 1 + index % 2, serial);
    }
}
