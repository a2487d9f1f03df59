package id.kompeten.contracts;

import id.kompeten.contracts.catalog.CatalogEvent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every Kafka topic, who writes it, and the event types it carries. Each topic's events are the permitted subtypes of
 * one sealed interface, so adding an event record to that interface is all it takes to register it.
 */
public enum Topic {

    TRAINING_CATALOG("training.catalog.events", "training-service", CatalogEvent.class);

    private final String topicName;
    private final String producer;
    private final Class<? extends DomainEvent> eventFamily;
    private final Map<String, Class<? extends DomainEvent>> typesByName;

    Topic(String topicName, String producer, Class<? extends DomainEvent> eventFamily) {
        this.topicName = topicName;
        this.producer = producer;
        this.eventFamily = eventFamily;
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
