package id.kompeten.contracts.catalog;

import java.time.Instant;
import java.time.LocalDate;

/** A training provider as it stands after a change. */
public record ProviderSnapshot(
        String id,
        ProviderType type,
        String name,
        Contact contact,
        Accreditation accreditation,
        boolean active,
        long version,
        Instant updatedAt) {

    /** Who to talk to at the provider. */
    public record Contact(String person, String email, String phone, String address, String website) {
    }

    /** Accreditation status, the body that granted it, and the last day it is valid (null: no end date). */
    public record Accreditation(AccreditationStatus status, String body, LocalDate validUntil) {
    }
}
