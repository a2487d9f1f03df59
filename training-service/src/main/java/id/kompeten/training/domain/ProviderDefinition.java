package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.ProviderSnapshot.Accreditation;
import id.kompeten.contracts.catalog.ProviderSnapshot.Contact;
import id.kompeten.contracts.catalog.ProviderType;

/** What a catalogue manager decides about a provider: its type, unique name, contact and accreditation. */
public record ProviderDefinition(ProviderType type, String name, Contact contact, Accreditation accreditation) {
}
