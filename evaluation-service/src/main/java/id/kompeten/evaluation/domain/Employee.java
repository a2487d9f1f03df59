package id.kompeten.evaluation.domain;

import id.kompeten.contracts.participant.ParticipantSnapshot;
import id.kompeten.platform.persistence.ReplicatedRow;
import id.kompeten.platform.security.Owner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An employee as enrollment's participant register last announced them ({@code enrollment.participants}): who they
 * are, where they work, their position and their supervisor now. A read replica: changed only by newer snapshots.
 */
@Entity
@Table(name = "employee")
public class Employee extends ReplicatedRow {

    @Id
    @Column(nullable = false, updatable = false)
    private String nip;

    @Column(name = "employee_type", nullable = false)
    private String employeeType;

    @Column(nullable = false)
    private String name;

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

    protected Employee() {
    }

    /** A new replica row from the first snapshot seen of the person. */
    public Employee(ParticipantSnapshot snapshot, Instant now) {
        this.nip = snapshot.nip();
        take(snapshot, now);
    }

    /** Takes a newer snapshot; false (and nothing changes) when it is not newer than the one held. */
    public boolean update(ParticipantSnapshot snapshot, Instant now) {
        if (!isNewer(snapshot.version())) {
            return false;
        }
        take(snapshot, now);
        return true;
    }

    private void take(ParticipantSnapshot snapshot, Instant now) {
        employeeType = snapshot.employeeType();
        name = snapshot.name();
        agency = snapshot.agency();
        unitCode = snapshot.unitCode();
        positionCode = snapshot.positionCode();
        positionName = snapshot.positionName();
        supervisorNip = snapshot.supervisorNip();
        active = snapshot.active();
        stamp(snapshot.version(), snapshot.updatedAt(), now);
    }

    /** Whose records this person's are, for access rules: the person, their unit and their supervisor now. */
    public Owner owner() {
        return Owner.person(nip, unitCode, supervisorNip);
    }

    public String nip() {
        return nip;
    }

    public String employeeType() {
        return employeeType;
    }

    public String name() {
        return name;
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
}
