package id.kompeten.enrollment.domain;

import id.kompeten.platform.error.ConflictProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

/**
 * One person's enrollment in one session. The transitions check the current status and answer 409 on an illegal
 * one; whether a seat is free is decided by the caller holding the session's {@link SessionSeats} lock. The
 * participant's unit and position are copied at request time: events and reports need them as they were.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment {

    /** Detail of the 409 for a transition the current status does not allow: {0} id, {1} status, {2} operation. */
    public static final String ILLEGAL_TRANSITION = "problem.enrollment.illegal-transition.detail";

    @Id
    @Column(nullable = false, updatable = false)
    private String id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private String sessionId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private String courseId;

    @Column(nullable = false, updatable = false)
    private String nip;

    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unitCode;

    @Column(name = "position_code", nullable = false, updatable = false)
    private String positionCode;

    @Column(name = "position_name", nullable = false, updatable = false)
    private String positionName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrollmentStatus status;

    /** session_id:nip while active, null once ended: the unique index allows one active enrollment per session. */
    @Column(name = "active_key")
    private String activeKey;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(nullable = false, updatable = false)
    private boolean nominated;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "waitlisted_at")
    private Instant waitlistedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Enrollment() {
    }

    /** A new REQUESTED enrollment of the participant; {@code nominated} when a unit admin asked for them. */
    public Enrollment(String sessionId, String courseId, Participant participant, String requestedBy, boolean nominated,
            Instant now) {
        this.id = UUID.randomUUID().toString();
        this.sessionId = sessionId;
        this.courseId = courseId;
        this.nip = participant.nip();
        this.unitCode = participant.unitCode();
        this.positionCode = participant.positionCode();
        this.positionName = participant.positionName();
        this.status = EnrollmentStatus.REQUESTED;
        this.activeKey = activeKey(sessionId, nip);
        this.requestedAt = micros(now);
        this.requestedBy = requestedBy;
        this.nominated = nominated;
        this.updatedAt = this.requestedAt;
    }

    /** The value of active_key for a person in a session while their enrollment is active. */
    public static String activeKey(String sessionId, String nip) {
        return sessionId + ":" + nip;
    }

    /** Approval with a free seat: REQUESTED → CONFIRMED. */
    public void confirm(Instant at, String by) {
        require("approve", EnrollmentStatus.REQUESTED);
        decide(at, by, null);
        this.status = EnrollmentStatus.CONFIRMED;
        this.confirmedAt = micros(at);
    }

    /** Approval without a free seat (or while confirmations are stopped): REQUESTED → WAITLISTED. */
    public void waitlist(Instant at, String by) {
        require("approve", EnrollmentStatus.REQUESTED);
        decide(at, by, null);
        this.status = EnrollmentStatus.WAITLISTED;
        this.waitlistedAt = micros(at);
    }

    /** A freed seat goes to this waitlisted enrollment: WAITLISTED → CONFIRMED. */
    public void promote(Instant at) {
        require("promote", EnrollmentStatus.WAITLISTED);
        this.status = EnrollmentStatus.CONFIRMED;
        this.confirmedAt = micros(at);
        this.updatedAt = micros(at);
    }

    /** The supervisor says no (also after approval: frees the seat or leaves the waitlist). */
    public void reject(Instant at, String by, String reason) {
        require("reject", EnrollmentStatus.REQUESTED, EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED);
        decide(at, by, reason);
        end(EnrollmentStatus.REJECTED, at, reason);
    }

    /** The participant (or an admin for them) withdraws before the session's outcome. */
    public void withdraw(Instant at, String by, String reason) {
        require("withdraw", EnrollmentStatus.REQUESTED, EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED);
        end(EnrollmentStatus.WITHDRAWN, at, reason);
    }

    /** The session was cancelled (or an admin cancels the enrollment). */
    public void cancel(Instant at, String reason) {
        require("cancel", EnrollmentStatus.REQUESTED, EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED);
        end(EnrollmentStatus.CANCELLED, at, reason);
    }

    /** The session's outcome for a confirmed participant: passed. Keeps active_key (nobody enrolls twice). */
    public void complete(Instant at, String by) {
        require("complete", EnrollmentStatus.CONFIRMED);
        this.status = EnrollmentStatus.COMPLETED;
        this.endedAt = micros(at);
        this.decidedBy = by;
        this.updatedAt = micros(at);
    }

    /** The session's outcome for a confirmed participant: not passed, with the reason. Keeps active_key. */
    public void fail(Instant at, String by, String reason) {
        require("fail", EnrollmentStatus.CONFIRMED);
        this.status = EnrollmentStatus.FAILED;
        this.endedAt = micros(at);
        this.endReason = reason;
        this.decidedBy = by;
        this.updatedAt = micros(at);
    }

    /** Holds the person's place in the session (active_key set): not rejected, withdrawn or cancelled. */
    public boolean isActive() {
        return !status.ended();
    }

    private void require(String operation, EnrollmentStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new ConflictProblem(ILLEGAL_TRANSITION, id, status, operation);
        }
    }

    private void decide(Instant at, String by, String reason) {
        this.decidedAt = micros(at);
        this.decidedBy = by;
        this.decisionReason = reason;
        this.updatedAt = micros(at);
    }

    private void end(EnrollmentStatus ended, Instant at, String reason) {
        this.status = ended;
        this.activeKey = null;
        this.endedAt = micros(at);
        this.endReason = reason;
        this.updatedAt = micros(at);
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public String id() {
        return id;
    }

    public String sessionId() {
        return sessionId;
    }

    public String courseId() {
        return courseId;
    }

    public String nip() {
        return nip;
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

    public EnrollmentStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public boolean nominated() {
        return nominated;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant waitlistedAt() {
        return waitlistedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
