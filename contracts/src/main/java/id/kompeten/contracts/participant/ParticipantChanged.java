package id.kompeten.contracts.participant;

import java.time.Instant;

/**
 * What the register holds about a participant changed: name, unit, position, supervisor, or the active flag; also
 * written again, unchanged but with a new event id, when an operator republishes the register. Key: their NIP.
 *
 * @param participant the participant after the change
 * @param occurredAt  when it happened (the transaction's time)
 */
public record ParticipantChanged(ParticipantSnapshot participant, Instant occurredAt) implements ParticipantEvent {
}
