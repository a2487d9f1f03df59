package id.kompeten.catalogreplica;

import id.kompeten.platform.persistence.ReplicatedRow;
import id.kompeten.contracts.catalog.SessionSnapshot;
import id.kompeten.contracts.catalog.SessionStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * This service's read copy of a session (angkatan) of a course: its days, window, capacity and status as the catalogue
 * publishes them. Its course's replica row may not have arrived yet (no foreign key; see {@link CatalogReplica}).
 */
@Entity
@Table(name = "session_replica")
public class SessionReplica extends ReplicatedRow {

    @Id
    private String id;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(nullable = false)
    private String code;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    /** Replaced as a whole with every newer snapshot (see {@link #copy}). */
    @ElementCollection
    @CollectionTable(name = "session_day_replica", joinColumns = @JoinColumn(name = "session_id"))
    @OrderBy("date")
    private List<SessionDayReplica> days = new ArrayList<>();

    @Column(nullable = false)
    private int capacity;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    @Column(name = "enrollment_opens_on", nullable = false)
    private LocalDate enrollmentOpensOn;

    @Column(name = "enrollment_closes_on", nullable = false)
    private LocalDate enrollmentClosesOn;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "region_name", nullable = false)
    private String regionName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    protected SessionReplica() {
    }

    public SessionReplica(SessionSnapshot snapshot, Instant now) {
        this.id = snapshot.id();
        copy(snapshot, now);
    }

    /** Takes the snapshot if it is newer than what is held; returns whether it did. */
    boolean refresh(SessionSnapshot snapshot, Instant now) {
        if (!isNewer(snapshot.version())) {
            return false;
        }
        copy(snapshot, now);
        return true;
    }

    private void copy(SessionSnapshot snapshot, Instant now) {
        courseId = snapshot.courseId();
        code = snapshot.code();
        startDate = snapshot.startDate();
        endDate = snapshot.endDate();
        // A new collection rather than clear()/addAll(): Hibernate then deletes the session's rows by its id and
        // inserts the new ones, whatever an earlier read in this transaction saw of them.
        days = snapshot.schedule().stream().map(SessionDayReplica::of)
                .sorted(Comparator.comparing(SessionDayReplica::date))
                .collect(Collectors.toCollection(ArrayList::new));
        capacity = snapshot.capacity();
        seatsTaken = snapshot.seatsTaken();
        enrollmentOpensOn = snapshot.enrollmentOpensOn();
        enrollmentClosesOn = snapshot.enrollmentClosesOn();
        regionCode = snapshot.region().code();
        regionName = snapshot.region().name();
        status = snapshot.status();
        cancellationReason = snapshot.cancellationReason();
        stamp(snapshot.version(), snapshot.updatedAt(), now);
    }

    public String id() {
        return id;
    }

    public String courseId() {
        return courseId;
    }

    public String code() {
        return code;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    /** The session's days in date order, each with its JP; together they make up the course's JP. */
    public List<SessionDayReplica> days() {
        return List.copyOf(days);
    }

    public int capacity() {
        return capacity;
    }

    /**
     * Seats taken as the catalogue last published them. Enrollment counts seats itself; this is the catalogue's echo
     * of that count, not a basis for seat decisions.
     */
    public int seatsTaken() {
        return seatsTaken;
    }

    /** Day the enrollment window opens. */
    public LocalDate enrollmentOpensOn() {
        return enrollmentOpensOn;
    }

    /** Day the enrollment window closes, always before the session's first day. */
    public LocalDate enrollmentClosesOn() {
        return enrollmentClosesOn;
    }

    /** Kabupaten/kota code, e.g. {@code 12.73}. */
    public String regionCode() {
        return regionCode;
    }

    /** Kabupaten/kota name, e.g. Kota Sibolga. */
    public String regionName() {
        return regionName;
    }

    public SessionStatus status() {
        return status;
    }

    /** Why the session was cancelled; null unless it was. */
    public String cancellationReason() {
        return cancellationReason;
    }
}
