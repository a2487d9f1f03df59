package id.kompeten.training.service;

import id.kompeten.contracts.catalog.ProviderSnapshot.Accreditation;
import id.kompeten.contracts.catalog.ProviderSnapshot.Contact;
import id.kompeten.contracts.catalog.ProviderType;
import id.kompeten.training.domain.Provider;
import java.time.Instant;

/**
 * A provider as the caller may see it: the contact person, email and phone only for the roles of
 * {@link CatalogueAccess#seesProviderContacts()}; address and website are the organisation's and public.
 */
public record ProviderDetails(String id, ProviderType type, String name, Contact contact, Accreditation accreditation,
        boolean active, long version, Instant createdAt, Instant updatedAt) {

    static ProviderDetails of(Provider provider, CatalogueAccess access) {
        Contact contact = provider.contact();
        if (!access.seesProviderContacts()) {
            contact = new Contact(null, null, null, contact.address(), contact.website());
        }
        return new ProviderDetails(provider.id(), provider.type(), provider.name(), contact, provider.accreditation(),
                provider.active(), provider.version(), provider.createdAt(), provider.updatedAt());
    }
}
