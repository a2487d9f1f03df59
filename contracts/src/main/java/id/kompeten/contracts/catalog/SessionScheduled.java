package id.kompeten.contracts.catalog;

/** A session was scheduled (as a draft, not yet open for enrollment). Key: the session id. */
public record SessionScheduled(SessionSnapshot session) implements CatalogEvent {

    @Override
    public String aggregateId() {
        return session.id();
    }
}
