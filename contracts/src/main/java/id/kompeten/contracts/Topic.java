package id.kompeten.contracts;

import id.kompeten.contracts.TopicDefinition.CleanupPolicy;
import id.kompeten.contracts.catalog.CatalogEvent;
import id.kompeten.contracts.enrollment.EnrollmentEvent;
import id.kompeten.contracts.evaluation.EvaluationEvent;
import id.kompeten.contracts.participant.ParticipantEvent;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every Kafka topic, who writes it, the event types it carries and how it is created (partitions, cleanup policy).
 * Each topic's events are the permitted subtypes of one sealed interface, so adding an event record to that interface
 * is all it takes to register it. {@link #definitions()} is the one list of topics that tooling creates.
 */
public enum Topic {

    /**
     * Every value is the full current snapshot of its key's aggregate, so the latest record per key is all a replica
     * needs: compacted, Kafka keeps at least the latest record of each key for ever, and a replica rebuilt from the
     * start gets every aggregate's current state.
     */
    TRAINING_CATALOG("training.catalog.events", "training-service", CatalogEvent.class, 3, CleanupPolicy.COMPACT, null),

    /**
     * Mostly facts, not snapshots: one enrollment's key carries its requested, approved, confirmed, completed ...
     * events, and compaction would keep only the last of them (a CourseCompleted would vanish behind a later event of
     * the same enrollment). So records are deleted by age, after 400 days: any day of the year still reaches back over
     * the whole previous JP (calendar) year, so a consumer can rebuild a year's state from the topic. Enrollment's
     * database, not the topic, is the record of enrollments.
     */
    ENROLLMENT("enrollment.events", "enrollment-service", EnrollmentEvent.class, 3, CleanupPolicy.DELETE,
            Duration.ofDays(400)),

    /**
     * The participant register: every value is a person's full current snapshot keyed by their NIP, so, as for the
     * catalogue, compaction keeps the latest of each person for ever and a replica rebuilt from the start knows
     * everybody, however long ago they were last changed.
     */
    ENROLLMENT_PARTICIPANTS("enrollment.participants", "enrollment-service", ParticipantEvent.class, 3,
            CleanupPolicy.COMPACT, null),

    /**
     * Facts about profiles (one person's key carries every change of every competency), so not compacted: deleted by
     * age after 400 days, like enrollment's. Evaluation's database keeps the full history.
     */
    EVALUATION("evaluation.events", "evaluation-service", EvaluationEvent.class, 3, CleanupPolicy.DELETE,
            Duration.ofDays(400));

    /** Dead letters wait this long for an operator; they are copies, the original stays in its topic. */
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);

    private final String topicName;
    private final String producer;
    private final Class<? extends DomainEvent> eventFamily;
    private final int partitions;
    private final CleanupPolicy cleanupPolicy;
    private final Duration retention;
    private final Map<String, Class<? extends DomainEvent>> typesByName;

    Topic(String topicName, String producer, Class<? extends DomainEvent> eventFamily, int partitions,
            CleanupPolicy cleanupPolicy, Duration retention) {
        this.topicName = topicName;
        this.producer = producer;
        this.eventFamily = eventFamily;
        this.partitions = partitions;
        this.cleanupPolicy = cleanupPolicy;
        this.retention = retention;
        this.typesByName = Arrays.stream(eventFamily.getPermittedSubclasses())
                .map(type -> type.asSubclass(DomainEvent.class))
                .collect(Collectors.toUnmodifiableMap(Topic::typeOf, Function.identity()));
    }

    /** The Kafka topic name. */
    public String topicName() {
        return topicName;
    }

    /** Where poison records of this topic end up. */
    public String deadLetterTopicName() {
        return topicName + ".dlq";
    }

    /** How the topic is created: partitions and cleanup policy as its constant says (and why). */
    public TopicDefinition definition() {
        return new TopicDefinition(topicName, partitions, cleanupPolicy, retention);
    }

    /** How the dead-letter topic is created: one partition (order does not matter there), records kept for a while. */
    public TopicDefinition deadLetterDefinition() {
        return TopicDefinition.deleted(deadLetterTopicName(), 1, DEAD_LETTER_RETENTION);
    }

    /** Every topic the project uses, dead-letter topics included: what the local stack and the production script create. */
    public static List<TopicDefinition> definitions() {
        return Arrays.stream(values())
                .flatMap(topic -> Stream.of(topic.definition(), topic.deadLetterDefinition()))
                .toList();
    }

    /** The one service that writes this topic. */
    public String producer() {
        return producer;
    }

    /** The sealed interface whose records this topic carries. */
    public Class<? extends DomainEvent> eventFamily() {
        return eventFamily;
    }

    /** The event record for a {@code ce_type}, if this topic carries it. */
    public Optional<Class<? extends DomainEvent>> eventType(String typeName) {
        return Optional.ofNullable(typesByName.get(typeName));
    }

    /** The topic an event record belongs to. */
    public static Topic of(Class<? extends DomainEvent> eventType) {
        return Arrays.stream(values())
                .filter(topic -> topic.eventFamily.isAssignableFrom(eventType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(eventType.getName() + " belongs to no topic"));
    }

    /** The CloudEvents type of an event record: its simple name, e.g. {@code CompetencyDefined}. */
    public static String typeOf(Class<? extends DomainEvent> eventType) {
        return eventType.getSimpleName();
    }
}
