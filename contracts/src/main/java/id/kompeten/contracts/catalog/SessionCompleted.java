package id.kompeten.contracts.catalog;

/** A session ended; enrollment can decide completion for its participants. Key: the session id. */
public record SessionCompleted(SessionSnapshot session) implements CatalogEvent {

    @Override
    public String aggregateId() {
        return session.id();
    }
}
