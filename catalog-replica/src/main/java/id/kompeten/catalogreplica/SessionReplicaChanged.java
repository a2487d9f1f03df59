package id.kompeten.catalogreplica;

/**
 * CDI event fired after the replica took a newer snapshot of a session (first arrival included), synchronously and
 * inside the transaction that applies the catalogue event and records it as processed. An observer's changes commit
 * with the replica's or not at all; if it throws, the catalogue event is retried and finally dead-lettered, so it
 * must only fail for reasons a retry can cure.
 * <p>
 * A rebuild replays every session and fires this again for each: observers act on the session's current state
 * (cancelled, a capacity with free seats) in a way that changes nothing the second time, never on a difference to
 * what they saw before.
 */
public record SessionReplicaChanged(SessionReplica session) {
}
