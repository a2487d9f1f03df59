package id.kompeten.contracts.catalog;

/** A session was cancelled; the snapshot carries the reason. Key: the session id. */
public record SessionCancelled(SessionSnapshot session) implements CatalogEvent {

    @Override
    public String aggregateId() {
        return session.id();
    }
}
