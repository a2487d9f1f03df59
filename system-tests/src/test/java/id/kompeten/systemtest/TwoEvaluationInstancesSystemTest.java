package id.kompeten.systemtest;

import static id.kompeten.systemtest.SystemStack.EVALUATION;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.json.JsonOutput;
import groovy.json.JsonSlurper;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokens;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Two evaluation-service processes in evaluation's production consumer group over {@code enrollment.events} (three
 * partitions, Topic.ENROLLMENT): the group gives each some partitions, both work, and no completion is counted twice
 * or lost. 1,000 CourseCompleted (enrollment's sample with distinct enrollment ids and people, four units of a run of
 * their own) go onto the real topic; then 150 of them again, 100 under the same event id (a redelivery) and 50 under
 * a new one (the same completion published twice): the units' training records must show exactly the 1,000.
 */
@SystemTest({EVALUATION})
class TwoEvaluationInstancesSystemTest {

    private static final String TOPIC = Topic.ENROLLMENT.topicName();
    /** Evaluation's production group for this topic (application.properties): nothing overridden. */
    private static final String GROUP = "evaluation-service.enrollment";
    private static final String COMPLETED = Topic.typeOf(CourseCompleted.class);
    private static final int EVENTS = 1_000;
    private static final int UNITS = 4;
    private static final int SAME_ID_AGAIN = 100;
    private static final int NEW_ID_AGAIN = 50;
    private static final int[] JP = {8, 16, 24, 32, 40};
    /** A month no demo data and no other test uses; completions at 10:00 in Jakarta stay in it. */
    private static final String PERIOD = "2026-07";
    private static final Duration GROUP_BOUND = Duration.ofMinutes(2);
    private static final Duration CONSUMED_BOUND = Duration.ofMinutes(3);
    private static final Duration METRICS_BOUND = Duration.ofSeconds(90);

    private final SystemStack stack;
    private final List<String> instances;

    TwoEvaluationInstancesSystemTest(SystemStack stack) {
        this.stack = stack;
        this.instances = List.of(EVALUATION, stack.requireSecondInstance(EVALUATION));
    }

    /** The later test classes of this JVM expect one instance (a killed one must not be covered by its twin). */
    @AfterAll
    static void stopSecondInstance(SystemStack stack) {
        stack.stopSecondInstance(EVALUATION);
    }

    @Test
    void twoInstancesShareThePartitionsAndCountEveryCompletionOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        List<String> units = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            units.add("UNIT-" + run + "-" + u);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers()))) {
            Map<String, Set<Integer>> assignment = awaitBothMembersAssigned(admin);
            Map<String, Double> consumedBefore = consumedByInstance();

            List<Completion> completions = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                completions.add(new Completion(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                        nip(run, i), units.get(i % UNITS), JP[i % JP.length]));
            }
            long begin = System.nanoTime();
            Map<Integer, Integer> perPartition = new TreeMap<>();
            try (KafkaProducer<String, String> producer = producer()) {
                List<Future<RecordMetadata>> sent = new ArrayList<>();
                for (Completion completion : completions) {
                    sent.add(send(producer, completion, completion.eventId()));
                }
                for (int i = 0; i < SAME_ID_AGAIN; i++) { // redelivered: the same event id
                    sent.add(send(producer, completions.get(i * 7), completions.get(i * 7).eventId()));
                }
                for (int i = 0; i < NEW_ID_AGAIN; i++) { // published twice: another event id, the same enrollment
                    sent.add(send(producer, completions.get(i * 13 + 3), UUID.randomUUID().toString()));
                }
                for (Future<RecordMetadata> metadata : sent) {
                    perPartition.merge(metadata.get().partition(), 1, Integer::sum);
                }
            }
            long sentMillis = (System.nanoTime() - begin) / 1_000_000;

            // Consumed: the group's committed offsets reached the end of every partition.
            await("group " + GROUP + " caught up with " + TOPIC).atMost(CONSUMED_BOUND)
                    .pollInterval(Duration.ofMillis(250)).until(() -> lag(admin) == 0);
            long consumedMillis = (System.nanoTime() - begin) / 1_000_000;

            assertEquals(assignment, assignment(admin), "the partitions stayed with the same instances throughout");
            for (String unit : units) {
                List<Completion> ofUnit = completions.stream().filter(c -> c.unit().equals(unit)).toList();
                Response record = stack.request(instances.get(units.indexOf(unit) % 2))
                        .header("Authorization", DevTokens.bearer(DevPersonas.ADMIN)).queryParam("period", PERIOD)
                        .get("/api/v1/units/{unit}/training-record", unit);
                assertEquals(200, record.statusCode(), record.asString());
                assertEquals(ofUnit.size(), (int) record.path("completions"), unit);
                assertEquals(ofUnit.size(), (int) record.path("staffTrained"), unit);
                assertEquals(ofUnit.stream().mapToInt(Completion::jp).sum(), (int) record.path("jpDelivered"), unit);
            }
            int total = 0;
            int jp = 0;
            for (String unit : units) {
                Response record = stack.request(EVALUATION)
                        .header("Authorization", DevTokens.bearer(DevPersonas.ADMIN)).queryParam("period", PERIOD)
                        .get("/api/v1/units/{unit}/training-record", unit);
                total += record.<Integer>path("completions");
                jp += record.<Integer>path("jpDelivered");
            }
            assertEquals(EVENTS, total, "every completion once, none of the 150 resent twice");
            assertEquals(completions.stream().mapToInt(Completion::jp).sum(), jp);

            // Both worked: each holds partitions that received records, and (where the service exposes them) its own
            // Kafka consumer metrics grew.
            Map<String, Integer> recordsPerInstance = new TreeMap<>();
            assignment.forEach((member, partitions) -> recordsPerInstance.put(member,
                    partitions.stream().mapToInt(p -> perPartition.getOrDefault(p, 0)).sum()));
            recordsPerInstance.forEach((member, records) -> assertTrue(records > 0, member + " got no record: "
                    + perPartition + " over " + assignment));
            // Micrometer adds a client's newer metrics only every minute or so: wait for both to show.
            Map<String, Double> consumed = new LinkedHashMap<>();
            await("both instances' consumer metrics counting records").atMost(METRICS_BOUND)
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        consumedByInstance().forEach((instance, after) -> consumed.put(instance,
                                after - consumedBefore.getOrDefault(instance, 0.0)));
                        return consumed.values().stream().allMatch(records -> records > 0);
                    });
            SystemStack.say("Two evaluation instances: %d records (%d completions, %d resent with the same id, %d"
                    + " under a new id) sent in %d ms, all consumed %d ms after the first; per partition %s;"
                    + " assignment %s → records per member %s; consumer metrics records-consumed per instance %s;"
                    + " totals: %d completions, %d JP", EVENTS + SAME_ID_AGAIN + NEW_ID_AGAIN, EVENTS,
                    SAME_ID_AGAIN, NEW_ID_AGAIN, sentMillis, consumedMillis, perPartition, assignment,
                    recordsPerInstance, consumed, total, jp);
            assertTrue(consumed.values().stream().mapToDouble(Double::doubleValue).sum()
                    >= EVENTS + SAME_ID_AGAIN + NEW_ID_AGAIN, "both together fetched every record: " + consumed);
        }
    }

    record Completion(String eventId, String enrollmentId, String nip, String unit, int jp) {
    }

    /** Enrollment's CourseCompleted sample with this completion's id, person, unit and JP, in {@link #PERIOD}. */
    private static String json(Completion completion, int day) {
        @SuppressWarnings("unchecked")
        Map<String, Object> event = (Map<String, Object>) new JsonSlurper().parseText(
                EventSamples.json(CourseCompleted.class));
        event.put("enrollmentId", completion.enrollmentId());
        event.put("nip", completion.nip());
        event.put("unitCode", completion.unit());
        event.put("supervisorNip", null);
        event.put("jp", completion.jp());
        LocalDate date = LocalDate.parse(PERIOD + "-01").plusDays(day);
        event.put("sessionStartDate", date.minusDays(2).toString());
        event.put("sessionEndDate", date.toString());
        event.put("completedAt", date + "T03:00:00Z");
        return JsonOutput.toJson(event);
    }

    /** As the outbox relay writes it: keyed by the enrollment, CloudEvents headers in binary mode. */
    private static Future<RecordMetadata> send(KafkaProducer<String, String> producer, Completion completion,
            String eventId) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, completion.enrollmentId(),
                json(completion, Math.floorMod(completion.enrollmentId().hashCode(), 28)));
        Map<String, String> headers = Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_type", COMPLETED,
                "ce_source", "/enrollment-service", "ce_time", Instant.now().toString(),
                "ce_subject", completion.enrollmentId(), "content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return producer.send(record);
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    /** Waits until the group has two members and each holds at least one partition of the topic. */
    private static Map<String, Set<Integer>> awaitBothMembersAssigned(Admin admin) throws Exception {
        long begin = System.nanoTime();
        await("two members of " + GROUP + " sharing " + TOPIC).atMost(GROUP_BOUND).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    Map<String, Set<Integer>> assignment = assignment(admin);
                    return assignment.size() == 2 && assignment.values().stream().noneMatch(Set::isEmpty)
                            && assignment.values().stream().mapToInt(Set::size).sum()
                                    == Topic.ENROLLMENT.definition().partitions();
                });
        Map<String, Set<Integer>> assignment = assignment(admin);
        SystemStack.say("Group %s: two members sharing %s after %d ms: %s", GROUP, TOPIC,
                (System.nanoTime() - begin) / 1_000_000, assignment);
        return assignment;
    }

    /** Member (client id and host) → its partitions of the topic. */
    private static Map<String, Set<Integer>> assignment(Admin admin) throws Exception {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP);
        Map<String, Set<Integer>> assignment = new TreeMap<>();
        for (MemberDescription member : group.members()) {
            assignment.put(member.consumerId(), member.assignment().topicPartitions().stream()
                    .filter(partition -> partition.topic().equals(TOPIC)).map(TopicPartition::partition)
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        return assignment;
    }

    /** Records of the topic the group has not committed yet. */
    private static long lag(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < Topic.ENROLLMENT.definition().partitions(); p++) {
            latest.put(new TopicPartition(TOPIC, p), OffsetSpec.latest());
        }
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get().entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue().offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    /**
     * Each instance's own count of records its enrollment-events consumer fetched (Micrometer's Kafka binder on
     * /q/metrics): the per-topic figure, or the consumer's total where the per-topic one is not registered yet.
     */
    private Map<String, Double> consumedByInstance() {
        Map<String, Double> consumed = new LinkedHashMap<>();
        for (String instance : instances) {
            String metrics = stack.request(instance).get("/q/metrics").then().statusCode(200).extract().asString();
            List<String> lines = metrics.lines()
                    .filter(line -> line.startsWith("kafka_consumer_fetch_manager_records_consumed_total{")).toList();
            double ofTopic = sum(lines.stream().filter(line -> line.contains("topic=\"" + TOPIC + "\"")).toList());
            double ofConsumer = sum(lines.stream().filter(line -> !line.contains("topic="))
                    .filter(line -> line.contains("enrollment-events")).toList());
            consumed.put(instance, Math.max(ofTopic, ofConsumer));
        }
        return consumed;
    }

    private static double sum(List<String> prometheusLines) {
        return prometheusLines.stream()
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** A valid NIP of this run: born on a day of 1970-1994 per index, appointed at 25, serial from the run. */
    private static String nip(String run, int index) {
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(index * 9L);
        int serial = 1 + Math.floorMod(run.hashCode(), 999);
        return String.format(Locale.ROOT, "%04d%02d%02d%04d%02d%d%03d", born.getYear(), born.getMonthValue(),
                born.getDayOfMonth(), born.getYear() + 25, born.getMonthValue(), 1 + index % 2, serial);
    }
}
