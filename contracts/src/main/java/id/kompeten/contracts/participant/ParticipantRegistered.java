package id.kompeten.contracts.participant;

import java.time.Instant;

/**
 * A person was registered as a participant (by a unit admin, an import or an integration). Key: their NIP.
 *
 * @param participant the participant as registered
 * @param occurredAt  when it happened (the transaction's time)
 */
public record ParticipantRegistered(ParticipantSnapshot participant, Instant occurredAt) implements ParticipantEvent {
}
