package id.kompeten.enrollment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A civil servant (ASN) who takes training, identified for good by their NIP (PNS) or NI PPPK (PPPK). Holds personal
 * data: who may read or change it is decided by the participant's unit, supervisor and own number. Deactivated (e.g.
 * retired, moved to another agency) rather than deleted, since enrollments and certificates refer to them.
 */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @Column(nullable = false, updatable = false)
    private String nip;

    @Enumerated(EnumType.STRING)
    @Column(name = "employee_type", nullable = false, updatable = false)
    private EmployeeType employeeType;

    @Column(nullable = false)
    private String name;

    private String email;

    private String phone;

    @Column(nullable = false)
    private String agency;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "position_code", nullable = false)
    private String positionCode;

    @Column(name = "position_name", nullable = false)
    private String positionName;

    @Column(name = "supervisor_nip")
    private String supervisorNip;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Participant() {
    }

    /** A new, active participant; {@code nip} is their NIP or NI PPPK as {@link EmployeeNumber#canonical} gives it. */
    public Participant(String nip, EmployeeType employeeType, ParticipantDefinition definition, Instant now) {
        this.nip = nip;
        this.employeeType = employeeType;
        this.active = true;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        change(definition, now);
    }

    /** Replaces everything but the number and type; returns false (and touches nothing) when nothing differs. */
    public boolean change(ParticipantDefinition definition, Instant now) {
        if (definition.equals(definition())) {
            return false;
        }
        this.name = definition.name();
        this.email = definition.contact().email();
        this.phone = definition.contact().phone();
        this.agency = definition.agency();
        this.unitCode = definition.unitCode();
        this.positionCode = definition.positionCode();
        this.positionName = definition.positionName();
        this.supervisorNip = definition.supervisorNip();
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    /** Replaces the contact data only (what a participant may correct themselves); false when it is the same. */
    public boolean changeContact(Contact contact, Instant now) {
        if (Objects.equals(contact, contact())) {
            return false;
        }
        this.email = contact.email();
        this.phone = contact.phone();
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    /** Takes the participant out of new enrollments; false when already inactive. */
    public boolean deactivate(Instant now) {
        return setActive(false, now);
    }

    /** Lets a deactivated participant enroll again; false when already active. */
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

    public ParticipantDefinition definition() {
        return new ParticipantDefinition(name, contact(), agency, unitCode, positionCode, positionName, supervisorNip);
    }

    public String nip() {
        return nip;
    }

    public EmployeeType employeeType() {
        return employeeType;
    }

    public String name() {
        return name;
    }

    public Contact contact() {
        return new Contact(email, phone);
    }

    public String agency() {
        return agency;
    }

    public String unitCode() {
        return unitCode;
    }

    public String positionCode() {
        return positionCode;
    }

    public String positionName() {
        return positionName;
    }

    public String supervisorNip() {
        return supervisorNip;
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
