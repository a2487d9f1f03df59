package id.kompeten.contracts.catalog;

/** A session's dates, place, capacity, trainers or seat count changed. Key: the session id. */
public record SessionUpdated(SessionSnapshot session) implements CatalogEvent {

    @Override
    public String aggregateId() {
        return session.id();
    }
}
