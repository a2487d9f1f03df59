package id.kompeten.systemtest;

import static id.kompeten.systemtest.SystemStack.ENROLLMENT;
import static id.kompeten.systemtest.SystemStack.EVALUATION;
import static id.kompeten.systemtest.SystemStack.TRAINING;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.contracts.participant.ParticipantRegistered;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * A poison record (a known event type whose body is not JSON) on each topic the services consume, followed by a valid
 * record with the same key (so the same partition, behind it): every consumer group of the topic puts the poison in
 * the topic's dead-letter topic, with the reason and the original body, and goes on: its committed offset passes the
 * valid record, and for the participant register the valid record's effect shows in evaluation's API.
 */
@SystemTest({TRAINING, ENROLLMENT, EVALUATION})
class PoisonRecordsSystemTest {

    private static final String POISON = "{ not json";
    private static final Duration BOUND = Duration.ofSeconds(60);

    private final SystemStack stack;

    PoisonRecordsSystemTest(SystemStack stack) {
        this.stack = stack;
    }

    @Test
    void theCatalogueTopicsPoisonIsParkedByBothReplicasAndTheNextRecordIsRead() {
        String code = "POISON-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String valid = EventSamples.json(CompetencyDefined.class).replace("\"PELAYANAN-PRIMA\"", "\"" + code + "\"");
        poisonThenValid(Topic.TRAINING_CATALOG, CompetencyDefined.class, code, valid,
                List.of("enrollment-service.catalog-replica", "evaluation-service.catalog-replica"));
    }

    @Test
    void theEnrollmentTopicsPoisonIsParkedByTrainingAndEvaluationAndTheNextRecordIsRead() {
        String key = UUID.randomUUID().toString();
        // Someone and a unit no other test reads, so the completion evaluation records disturbs nothing.
        String valid = EventSamples.json(CourseCompleted.class)
                .replaceFirst("\"enrollmentId\"\\s*:\\s*\"[^\"]+\"", "\"enrollmentId\": \"" + key + "\"")
                .replace("198703122010011004", newNip()).replace("DISDUKCAPIL-SIBOLGA", "POISON-TEST-UNIT");
        poisonThenValid(Topic.ENROLLMENT, CourseCompleted.class, key, valid,
                List.of("training-service.session-seats", "evaluation-service.enrollment"));
    }

    @Test
    void theRegistersPoisonIsParkedAndTheNextPersonArrivesInEvaluation() {
        String nip = newNip();
        String valid = EventSamples.json(ParticipantRegistered.class).replace("198703122010011004", nip);
        poisonThenValid(Topic.ENROLLMENT_PARTICIPANTS, ParticipantRegistered.class, nip, valid,
                List.of("evaluation-service.employees"));
        await("the valid record's person in evaluation").atMost(BOUND).pollInterval(Duration.ofMillis(500))
                .until(() -> stack.request(EVALUATION).header("Authorization", DevTokens.bearer(DevPersonas.ADMIN))
                        .get("/api/v1/employees/{nip}/competency-profile", nip).statusCode() == 200);
    }

    private void poisonThenValid(Topic topic, Class<? extends DomainEvent> type, String key, String valid,
            List<String> groups) {
        String poisonId = TestKafka.sendCloudEvent(topic.topicName(), key, Topic.typeOf(type),
                UUID.randomUUID().toString(), POISON);
        String validId = TestKafka.sendCloudEvent(topic.topicName(), key, Topic.typeOf(type),
                UUID.randomUUID().toString(), valid);
        ConsumerRecord<String, String> validRecord = TestKafka.readAll(topic.topicName(),
                TestKafka.withHeader("ce_id", validId)).get(0);
        TopicPartition partition = new TopicPartition(validRecord.topic(), validRecord.partition());

        List<ConsumerRecord<String, String>> dead = await("the poison in " + topic.deadLetterTopicName())
                .atMost(BOUND).pollInterval(Duration.ofMillis(500))
                .until(() -> TestKafka.readAll(topic.deadLetterTopicName(), TestKafka.withHeader("ce_id", poisonId)),
                        records -> records.size() >= groups.size());
        assertEquals(groups.size(), dead.size(), "one dead letter per consumer group: " + groups);
        for (ConsumerRecord<String, String> record : dead) {
            assertEquals(POISON, record.value(), "the original body is kept");
            assertEquals(topic.topicName(), TestKafka.header(record, "dead-letter-topic"));
            String reason = TestKafka.header(record, "dead-letter-reason");
            assertEquals(false, reason == null || reason.isBlank(), "the reason travels with it");
        }
        for (String group : groups) {
            await(group + " reads past the valid record").atMost(BOUND).pollInterval(Duration.ofMillis(500))
                    .until(() -> committed(group, partition) > validRecord.offset());
        }
        SystemStack.say("Poison on %s parked by %s; the record behind it read", topic.topicName(), groups);
    }

    /** A NIP of the right shape that no demo person has. */
    private static String newNip() {
        return String.format("19900101201501%04d", ThreadLocalRandom.current().nextInt(10_000));
    }

    /** The offset {@code group} committed on the partition; -1 when none. */
    private long committed(String group, TopicPartition partition) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers()))) {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS).get(partition);
            return offset == null ? -1 : offset.offset();
        }
    }
}
