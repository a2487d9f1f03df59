package id.kompeten.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.enrollment.SeatsChanged;
import id.kompeten.contracts.evaluation.CompetencyProfileUpdated;
import id.kompeten.contracts.participant.ParticipantChanged;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventContractTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static Stream<Class<? extends DomainEvent>> eventTypes() {
        return Arrays.stream(Topic.values())
                .flatMap(topic -> Arrays.stream(topic.eventFamily().getPermittedSubclasses()))
                .map(type -> type.asSubclass(DomainEvent.class));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void sampleReadsIntoTheRecordAndWritesBackUnchanged(Class<? extends DomainEvent> type) throws Exception {
        JsonNode sample = MAPPER.readTree(EventSamples.json(type));
        DomainEvent event = MAPPER.treeToValue(sample, type);
        assertEquals(sample, MAPPER.readTree(MAPPER.writeValueAsString(event)), "sample and record of " + type.getSimpleName() + " agree");
        assertFalse(event.aggregateId().isBlank(), "sample names its aggregate");
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyEventTypeIsRegisteredOnItsTopicUnderItsName(Class<? extends DomainEvent> type) {
        Topic topic = Topic.of(type);
        assertEquals(type, topic.eventType(Topic.typeOf(type)).orElseThrow());
        assertTrue(Character.isUpperCase(Topic.typeOf(type).charAt(0)));
    }

    @Test
    void topicNamesFollowTheArchitecture() {
        assertEquals("training.catalog.events", Topic.of(CompetencyDefined.class).topicName());
        assertEquals("training.catalog.events.dlq", Topic.TRAINING_CATALOG.deadLetterTopicName());
        assertEquals("training-service", Topic.TRAINING_CATALOG.producer());
        assertTrue(Topic.TRAINING_CATALOG.eventType("NoSuchEvent").isEmpty());
        assertEquals("enrollment.events", Topic.of(SeatsChanged.class).topicName());
        assertEquals("enrollment-service", Topic.ENROLLMENT.producer());
        assertEquals(SeatsChanged.class, Topic.ENROLLMENT.eventType("SeatsChanged").orElseThrow());
        assertTrue(Topic.ENROLLMENT.eventType("SessionUpdated").isEmpty(), "each topic carries its own family only");
        assertEquals("enrollment.participants", Topic.of(ParticipantChanged.class).topicName());
        assertEquals("enrollment-service", Topic.ENROLLMENT_PARTICIPANTS.producer());
        assertEquals("evaluation.events", Topic.of(CompetencyProfileUpdated.class).topicName());
        assertEquals("evaluation-service", Topic.EVALUATION.producer());
    }

    @Test
    void unknownEventTypeHasNoTopic() {
        record Stray(String aggregateId) implements DomainEvent {
        }
        assertThrows(IllegalArgumentException.class, () -> Topic.of(Stray.class));
    }
}
