package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.SessionSnapshot;
import id.kompeten.contracts.catalog.SessionStatus;
import id.kompeten.platform.error.ConflictProblem;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

/**
 * A session (angkatan) of a published course: DRAFT → OPEN ⇄ FULL → RUNNING → COMPLETED, or CANCELLED with a reason.
 * Seats taken come from enrollment events; capacity never drops below them.
 * <p>
 * Updates write only the columns that changed ({@code @DynamicUpdate}): a plan change made from a copy read before a
 * seat count arrived must not write back that copy's {@code seats_version}, which is not covered by the version check.
 */
@Entity
@Table(name = "course_session")
@DynamicUpdate
public class CourseSession {

    /** States in which the session can still be changed or cancelled. */
    private static final Set<SessionStatus> ACTIVE = EnumSet.of(SessionStatus.DRAFT, SessionStatus.OPEN, SessionStatus.FULL,
            SessionStatus.RUNNING);

    @Id
    private String id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private String courseId;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @ElementCollection
    @CollectionTable(name = "session_day", joinColumns = @JoinColumn(name = "session_id"))
    @OrderBy("date")
    private List<SessionDay> schedule = new ArrayList<>();

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "region_name", nullable = false)
    private String regionName;

    private String location;

    @Column(name = "online_link")
    private String onlineLink;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    /**
     * Version of enrollment's seat count that {@link #seatsTaken} was last taken from; null before the first. Outside
     * the optimistic lock: a newer count with the same seats changes nothing anyone sees, so it must not change the
     * session's version (its ETag) either.
     */
    @Column(name = "seats_version")
    @OptimisticLock(excluded = true)
    private Long seatsVersion;

    @Column(name = "enrollment_opens_on", nullable = false)
    private LocalDate enrollmentOpensOn;

    @Column(name = "enrollment_closes_on", nullable = false)
    private LocalDate enrollmentClosesOn;

    @ElementCollection
    @CollectionTable(name = "session_trainer", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<SessionTrainer> trainers = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CourseSession() {
    }

    /** A new draft session of a course; the plan must already satisfy {@link SessionRules}. */
    public static CourseSession schedule(String courseId, SessionPlan plan, Instant now) {
        CourseSession session = new CourseSession();
        session.id = UUID.randomUUID().toString();
        session.courseId = courseId;
        session.code = plan.code();
        session.status = SessionStatus.DRAFT;
        session.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        session.apply(plan, now);
        return session;
    }

    /** Replaces the plan (the code stays); false when nothing differs. Only sessions not yet finished may change. */
    public boolean change(SessionPlan plan, Instant now) {
        requireChangeable();
        if (plan().equals(new SessionPlan(code, plan.startDate(), plan.endDate(), sortedByDate(plan.schedule()),
                plan.regionCode(), plan.regionName(), plan.location(), plan.onlineLink(), plan.capacity(),
                plan.enrollmentOpensOn(), plan.enrollmentClosesOn(), plan.trainers()))) {
            return false;
        }
        apply(plan, now);
        if (status == SessionStatus.FULL && seatsTaken < capacity) {
            status = SessionStatus.OPEN;
        } else if (status == SessionStatus.OPEN && seatsTaken >= capacity) {
            status = SessionStatus.FULL;
        }
        return true;
    }

    /** DRAFT → OPEN: enrollment may start (from enrollmentOpensOn). */
    public void open(Instant now) {
        requireStatus(SessionStatus.DRAFT);
        status = seatsTaken >= capacity ? SessionStatus.FULL : SessionStatus.OPEN;
        touch(now);
    }

    /** OPEN/FULL → RUNNING: the first day has come. */
    public void start(Instant now) {
        requireStatus(SessionStatus.OPEN, SessionStatus.FULL);
        status = SessionStatus.RUNNING;
        touch(now);
    }

    /** RUNNING → COMPLETED. */
    public void complete(Instant now) {
        requireStatus(SessionStatus.RUNNING);
        status = SessionStatus.COMPLETED;
        touch(now);
    }

    /** Any state before COMPLETED → CANCELLED, with the reason participants will be told. */
    public void cancel(String reason, Instant now) {
        requireChangeable();
        status = SessionStatus.CANCELLED;
        cancellationReason = reason;
        touch(now);
    }

    /**
     * Enrollment's count of the seats taken, at version {@code countVersion} of its seat counter: a count no newer
     * than the last one taken is {@link SeatCount#OLDER} and changes nothing. OPEN and FULL follow the seats taken;
     * other states keep their status. The count may exceed capacity only if enrollment says so; this side never
     * refuses a fact.
     */
    public SeatCount countSeats(int taken, long countVersion, Instant now) {
        if (seatsVersion != null && countVersion <= seatsVersion) {
            return SeatCount.OLDER;
        }
        seatsVersion = countVersion;
        if (taken == seatsTaken) {
            return SeatCount.SAME_SEATS;
        }
        seatsTaken = taken;
        if (status == SessionStatus.OPEN && seatsTaken >= capacity) {
            status = SessionStatus.FULL;
        } else if (status == SessionStatus.FULL && seatsTaken < capacity) {
            status = SessionStatus.OPEN;
        }
        touch(now);
        return SeatCount.CHANGED;
    }

    /** What {@link #countSeats} did. */
    public enum SeatCount {
        /** Not newer than the count already taken: nothing changed. */
        OLDER,
        /** Newer, with the seats taken the session already had: only the count's version was kept. */
        SAME_SEATS,
        /** The seats taken changed (and with them perhaps OPEN ⇄ FULL). */
        CHANGED
    }

    /** The current plan, in the shape {@link #change} takes; days in date order. */
    public SessionPlan plan() {
        return new SessionPlan(code, startDate, endDate, sortedByDate(schedule), regionCode, regionName, location,
                onlineLink, capacity, enrollmentOpensOn, enrollmentClosesOn, List.copyOf(trainers));
    }

    /** The full state for events; call after flushing so the version is the stored one. */
    public SessionSnapshot snapshot() {
        return new SessionSnapshot(id, courseId, code, startDate, endDate,
                sortedByDate(schedule).stream()
                        .map(day -> new SessionSnapshot.ScheduleDay(day.date(), day.jp(), day.topic())).toList(),
                new SessionSnapshot.Region(regionCode, regionName), location, onlineLink, capacity, seatsTaken,
                enrollmentOpensOn, enrollmentClosesOn,
                trainers.stream().map(t -> new SessionSnapshot.Trainer(t.name(), t.institution())).toList(),
                status, cancellationReason, version, updatedAt);
    }

    private void apply(SessionPlan plan, Instant now) {
        startDate = plan.startDate();
        endDate = plan.endDate();
        schedule.clear();
        schedule.addAll(sortedByDate(plan.schedule()));
        regionCode = plan.regionCode();
        regionName = plan.regionName();
        location = plan.location();
        onlineLink = plan.onlineLink();
        capacity = plan.capacity();
        enrollmentOpensOn = plan.enrollmentOpensOn();
        enrollmentClosesOn = plan.enrollmentClosesOn();
        trainers.clear();
        trainers.addAll(plan.trainers());
        touch(now);
    }

    private static List<SessionDay> sortedByDate(List<SessionDay> days) {
        return days.stream().sorted(Comparator.comparing(SessionDay::date)).toList();
    }

    /**
     * Throws 409 unless the session may still change (its plan replaced, or cancelled): not once COMPLETED or
     * CANCELLED. Callers check this before validating a new plan, so a finished session is a conflict, not bad input.
     */
    public void requireChangeable() {
        if (!ACTIVE.contains(status)) {
            throw new ConflictProblem("problem.session.finished.detail", code, status);
        }
    }

    private void requireStatus(SessionStatus... allowed) {
        if (!EnumSet.copyOf(List.of(allowed)).contains(status)) {
            throw new ConflictProblem("problem.session.wrong-status.detail", code, status,
                    Arrays.stream(allowed).map(SessionStatus::name).collect(Collectors.joining(", ")));
        }
    }

    private void touch(Instant now) {
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
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

    public SessionStatus status() {
        return status;
    }

    public int capacity() {
        return capacity;
    }

    public int seatsTaken() {
        return seatsTaken;
    }

    /** Version of the last seat count taken from enrollment; null before the first. */
    public Long seatsVersion() {
        return seatsVersion;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    /** Seats still free; never negative, even when enrollment reports more seats taken than the capacity. */
    public int seatsAvailable() {
        return Math.max(0, capacity - seatsTaken);
    }

    /** Why the session was cancelled; null unless CANCELLED. */
    public String cancellationReason() {
        return cancellationReason;
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
