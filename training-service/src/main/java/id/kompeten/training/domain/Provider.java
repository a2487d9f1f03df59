package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.AccreditationStatus;
import id.kompeten.contracts.catalog.ProviderSnapshot;
import id.kompeten.contracts.catalog.ProviderSnapshot.Accreditation;
import id.kompeten.contracts.catalog.ProviderSnapshot.Contact;
import id.kompeten.contracts.catalog.ProviderType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A training provider (penyelenggara): a government training centre, university, NGO, professional body or the
 * agency's own training unit. Deactivated rather than deleted, since courses refer to it.
 */
@Entity
@Table(name = "provider")
public class Provider {

    @Id
    @Column(nullable = false, updatable = false)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProviderType type;

    @Column(nullable = false)
    private String name;

    @Column(name = "contact_person")
    private String contactPerson;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_address")
    private String contactAddress;

    private String website;

    @Enumerated(EnumType.STRING)
    @Column(name = "accreditation_status", nullable = false)
    private AccreditationStatus accreditationStatus;

    @Column(name = "accreditation_body")
    private String accreditationBody;

    @Column(name = "accreditation_valid_until")
    private LocalDate accreditationValidUntil;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Provider() {
    }

    /** A new, active provider. */
    public Provider(String id, ProviderType type, String name, Contact contact, Accreditation accreditation, Instant now) {
        this.id = id;
        this.active = true;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        change(type, name, contact, accreditation, now);
    }

    /** Replaces the editable fields; returns false (and touches nothing) when they already hold these values. */
    public boolean change(ProviderType type, String name, Contact contact, Accreditation accreditation, Instant now) {
        if (type == this.type && name.equals(this.name) && contact.equals(contact())
                && accreditation.equals(accreditation())) {
            return false;
        }
        this.type = type;
        this.name = name;
        this.contactPerson = contact.person();
        this.contactEmail = contact.email();
        this.contactPhone = contact.phone();
        this.contactAddress = contact.address();
        this.website = contact.website();
        this.accreditationStatus = accreditation.status();
        this.accreditationBody = accreditation.body();
        this.accreditationValidUntil = accreditation.validUntil();
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    /** Stops the provider from being chosen for new courses; returns false when it already was inactive. */
    public boolean deactivate(Instant now) {
        return setActive(false, now);
    }

    /** Makes a deactivated provider available again; returns false when it already was active. */
    public boolean activate(Instant now) {
        return setActive(true, now);
    }

    private boolean setActive(boolean active, Instant now) {
        if (this.active == active) {
            return false;
        }
        this.active = active;
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    /**
     * True when the provider holds an accreditation that covers {@code date}: status ACCREDITED and no end date, or
     * an end date on or after it (the valid-until day itself still counts).
     */
    public boolean isAccreditedOn(LocalDate date) {
        return accreditationStatus == AccreditationStatus.ACCREDITED
                && (accreditationValidUntil == null || !date.isAfter(accreditationValidUntil));
    }

    /** The full state for events; call after flushing, so the version is the one stored. */
    public ProviderSnapshot snapshot() {
        return new ProviderSnapshot(id, type, name, contact(), accreditation(), active, version, updatedAt);
    }

    public String id() {
        return id;
    }

    public ProviderType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public Contact contact() {
        return new Contact(contactPerson, contactEmail, contactPhone, contactAddress, website);
    }

    public Accreditation accreditation() {
        return new Accreditation(accreditationStatus, accreditationBody, accreditationValidUntil);
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
