package id.kompeten.contracts.participant;

import id.kompeten.contracts.DomainEvent;

/**
 * The participant register of enrollment-service, published on {@code enrollment.participants}: every value is the
 * person's full current snapshot, keyed by their NIP or NI PPPK, so the latest record per key is all a replica (e.g.
 * evaluation's employees) needs. Contact data (email, phone) stays in enrollment: no consumer needs it.
 */
public sealed interface ParticipantEvent extends DomainEvent permits ParticipantRegistered, ParticipantChanged {

    /** The participant as the event leaves them. */
    ParticipantSnapshot participant();

    @Override
    default String aggregateId() {
        return participant().nip();
    }
}
