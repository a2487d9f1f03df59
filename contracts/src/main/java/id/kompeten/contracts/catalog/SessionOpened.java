package id.kompeten.contracts.catalog;

/** A session opened for enrollment. Key: the session id. */
public record SessionOpened(SessionSnapshot session) implements CatalogEvent {

    @Override
    public String aggregateId() {
        return session.id();
    }
}
