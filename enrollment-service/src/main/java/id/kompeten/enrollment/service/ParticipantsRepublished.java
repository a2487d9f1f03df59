package id.kompeten.enrollment.service;

import java.time.Instant;

/**
 * What a republication of the register wrote to the outbox.
 *
 * @param published    participants published, one ParticipantChanged each
 * @param transactions the transactions it took (one per batch of {@code kompeten.participants.republish-batch-size})
 * @param startedAt    when it began; events of changes committed since carry newer versions
 */
public record ParticipantsRepublished(long published, int transactions, Instant startedAt) {
}
