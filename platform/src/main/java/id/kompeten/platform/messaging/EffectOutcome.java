package id.kompeten.platform.messaging;

/**
 * What a consumer's effect did with one event. It decides whether {@link EventInbox} records the event as processed:
 * only an event the consumer is done with is recorded, so a later version of the consumer that handles more types
 * still finds the others unprocessed when its replica is rebuilt from the topic.
 */
public enum EffectOutcome {

    /** The effect changed the consumer's state. Recorded. */
    APPLIED,

    /** The consumer deliberately left its state alone by its own rules, e.g. an older snapshot than the one held. Recorded. */
    IGNORED,

    /** This consumer does not handle the event's type (yet). Not recorded. */
    NOT_HANDLED;

    /** Whether the inbox records the event as processed. */
    public boolean recorded() {
        return this != NOT_HANDLED;
    }
}
