package id.kompeten.platform.messaging;

import id.kompeten.contracts.DomainEvent;
import java.time.Instant;

/** A consumed event: its CloudEvents attributes and its typed body. */
public record IncomingEvent<E extends DomainEvent>(
        String id, String type, String source, Instant time, String subject, String topic, E data) {
}
