package id.kompeten.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Turns a Kafka record written by an outbox relay back into a typed event, or rejects it as poison. */
@ApplicationScoped
public class CloudEventReader {

    private final EventJson json;

    CloudEventReader(EventJson json) {
        this.json = json;
    }

    /**
     * Reads the record's CloudEvents headers and body.
     *
     * @param family the sealed event interface the caller handles; records of another type are poison
     * @throws PoisonEventException when headers are missing, the type is unknown or the body does not fit the type
     */
    public <E extends DomainEvent> IncomingEvent<E> read(ConsumerRecord<String, String> record, Class<E> family) {
        Topic topic = Arrays.stream(Topic.values())
                .filter(candidate -> candidate.topicName().equals(record.topic()))
                .findFirst()
                .orElseThrow(() -> new PoisonEventException("Record from unknown topic " + record.topic()));
        String type = required(record, CloudEventHeaders.TYPE);
        Class<? extends DomainEvent> eventType = topic.eventType(type)
                .filter(family::isAssignableFrom)
                .orElseThrow(() -> new PoisonEventException("Unknown event type '" + type + "' on " + record.topic()));
        if (record.value() == null) {
            throw new PoisonEventException("Event " + type + " has no body");
        }
        try {
            E data = family.cast(json.read(record.value(), eventType));
            return new IncomingEvent<>(required(record, CloudEventHeaders.ID), type,
                    required(record, CloudEventHeaders.SOURCE), Instant.parse(required(record, CloudEventHeaders.TIME)),
                    header(record, CloudEventHeaders.SUBJECT), record.topic(), data);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("Body of " + type + " is not valid: " + e.getOriginalMessage(), e);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("Header " + CloudEventHeaders.TIME + " is not an RFC 3339 time", e);
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("Record at " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " lacks header " + name);
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
