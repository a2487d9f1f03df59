package id.kompeten.contracts.catalog;

/** A provider's details, accreditation or active flag changed. */
public record ProviderUpdated(ProviderSnapshot provider) implements CatalogEvent {

    @Override
    public String aggregateId() {
        return provider.id();
    }
}
