package id.kompeten.contracts.catalog;

/** A training provider was registered. Key: the provider id. */
public record ProviderRegistered(ProviderSnapshot provider) implements CatalogEvent {

    @Override
    public String aggregateId() {
        return provider.id();
    }
}
