package id.kompeten.platform.messaging;

import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.Topic;
import java.util.List;

/**
 * A local read copy of another service's data, kept from one topic's events. A replica module implements this once,
 * as a bean; its consumer adapter applies live events through it ({@link EventInbox}) and {@link ReplicaRebuilder}
 * replays the whole topic through it, so both follow the same rules.
 *
 * @param <E> the sealed event interface of the topic
 */
public interface Replica<E extends DomainEvent> {

    /**
     * Stable name: the consumer name under which processed events are recorded, and the replica's name in
     * {@code /api/v1/replicas/{name}}.
     */
    String name();

    /** The topic it is kept from. */
    Topic topic();

    /** The sealed event interface of {@link #topic()}. */
    Class<E> eventFamily();

    /** The Kafka consumer group of its live consumer (for operators). */
    String consumerGroup();

    /** The tables holding its rows, which a rebuild empties; nothing else may live in them. */
    List<String> tables();

    /**
     * Applies one event, inside the transaction that records it as processed. An event the replica does not keep (yet)
     * is {@link EffectOutcome#NOT_HANDLED}, an older snapshot than the one held {@link EffectOutcome#IGNORED}.
     */
    EffectOutcome apply(E event);
}
