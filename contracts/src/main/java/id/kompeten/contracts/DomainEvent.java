package id.kompeten.contracts;

/**
 * A fact one service tells the others, published through its transactional outbox. Records only; the CloudEvents
 * {@code ce_type} is the record's simple name (see {@link Topic#typeOf}).
 */
public interface DomainEvent {

    /** Id of the aggregate the event is about: the Kafka record key (keeping its events ordered) and {@code ce_subject}. */
    String aggregateId();
}
