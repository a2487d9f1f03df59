package id.kompeten.enrollment.service;

import id.kompeten.contracts.participant.ParticipantChanged;
import id.kompeten.contracts.participant.ParticipantRegistered;
import id.kompeten.contracts.participant.ParticipantSnapshot;
import id.kompeten.enrollment.domain.Participant;
import id.kompeten.enrollment.domain.ParticipantRepository;
import id.kompeten.platform.messaging.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Publishes the participant register on {@code enrollment.participants} through the outbox, in the transaction that
 * made the change. Every event carries the person's full snapshot without contact data, so a change of email or phone
 * alone announces nothing.
 */
@ApplicationScoped
class ParticipantEvents {

    private final OutboxWriter outbox;
    private final ParticipantRepository participants;

    ParticipantEvents(OutboxWriter outbox, ParticipantRepository participants) {
        this.outbox = outbox;
        this.participants = participants;
    }

    /**
     * A participant was registered. No flush: persisting gives a new participant its first version already, and the
     * import keeps its inserts in JDBC batches.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void registered(Participant participant, Instant at) {
        outbox.publish(new ParticipantRegistered(snapshot(participant), at));
    }

    /**
     * The participant was changed; {@code before} is their snapshot from before the change. Publishes only when what
     * the register announces differs; the participant is flushed first, so the snapshot carries the new version.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void changed(ParticipantSnapshot before, Participant participant, Instant at) {
        participants.flush();
        ParticipantSnapshot after = snapshot(participant);
        if (!announced(after).equals(announced(before))) {
            outbox.publish(new ParticipantChanged(after, at));
        }
    }

    /** The participant as they stand, again, for a register that lost or never had them (a new event id each time). */
    @Transactional(Transactional.TxType.MANDATORY)
    void republished(Participant participant, Instant at) {
        outbox.publish(new ParticipantChanged(snapshot(participant), at));
    }

    static ParticipantSnapshot snapshot(Participant p) {
        return new ParticipantSnapshot(p.nip(), p.employeeType().name(), p.name(), p.agency(), p.unitCode(),
                p.positionCode(), p.positionName(), p.supervisorNip(), p.active(), p.version(), p.updatedAt());
    }

    /** The snapshot without what any change moves (version, time): equal when a change touched contact data only. */
    private static ParticipantSnapshot announced(ParticipantSnapshot s) {
        return new ParticipantSnapshot(s.nip(), s.employeeType(), s.name(), s.agency(), s.unitCode(), s.positionCode(),
                s.positionName(), s.supervisorNip(), s.active(), 0, null);
    }
}
