package id.kompeten.enrollment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The decision of one enrollment, written once and never changed: who, which course and session, the outcome with its
 * reasons, attendance, scores, JP and the certificate number. Denormalised on purpose: transcripts, compliance, the
 * SIASN export and certificate verification read it without the catalogue replica, and it keeps the course as it was
 * when the participant took it. The enrollment id is the primary key: one decision per enrollment, as a database fact.
 */
@Entity
@Table(name = "completion")
public class Completion {

    @Id
    @Column(name = "enrollment_id", nullable = false, updatable = false)
    private String enrollmentId;

    @Column(nullable = false, updatable = false)
    private String nip;

    @Column(name = "participant_name", nullable = false, updatable = false)
    private String participantName;

    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unitCode;

    @Column(name = "position_code", nullable = false, updatable = false)
    private String positionCode;

    @Column(name = "position_name", updatable = false)
    private String positionName;

    @Column(name = "session_id", nullable = false, updatable = false)
    private String sessionId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private String courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CompletionOutcome outcome;

    /** Comma-separated shortfalls (CompletionRule.Shortfall names) of a close, or an admin's reason. */
    @Column(updatable = false)
    private String reasons;

    @Column(name = "attendance_percent", nullable = false, updatable = false)
    private BigDecimal attendancePercent;

    @Column(name = "pre_score", updatable = false)
    private Integer preScore;

    @Column(name = "post_score", updatable = false)
    private Integer postScore;

    @Column(nullable = false, updatable = false)
    private int jp;

    @Column(name = "course_title", nullable = false, updatable = false)
    private String courseTitle;

    @Column(name = "provider_id", updatable = false)
    private String providerId;

    @Column(name = "provider_name", updatable = false)
    private String providerName;

    @Column(name = "session_start", nullable = false, updatable = false)
    private LocalDate sessionStart;

    @Column(name = "session_end", nullable = false, updatable = false)
    private LocalDate sessionEnd;

    /** The year the JP count in: the session's last day's. */
    @Column(nullable = false, updatable = false)
    private int year;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "certificate_number", updatable = false)
    private String certificateNumber;

    @Column(nullable = false, updatable = false)
    private boolean manual;

    protected Completion() {
    }

    /** Who the decision is about, as the enrollment and the participant register hold it. */
    public record Person(String enrollmentId, String nip, String name, String unitCode, String positionCode,
            String positionName) {
    }

    /** The course and session decided, as the catalogue replica held them at the decision. */
    public record CourseRun(String sessionId, String courseId, String courseTitle, String providerId,
            String providerName, int jp, LocalDate sessionStart, LocalDate sessionEnd) {
    }

    /** What was measured: attendance and scores (either score may be missing). */
    public record Results(BigDecimal attendancePercent, Integer preScore, Integer postScore) {
    }

    /** A completion: the course's JP and a certificate number. */
    public static Completion completed(Person person, CourseRun run, Results results, CertificateNumber certificate,
            String reason, boolean manual, Instant at, String by) {
        Completion completion = new Completion(person, run, results, CompletionOutcome.COMPLETED, reason, manual, at,
                by);
        completion.certificateNumber = certificate.value();
        return completion;
    }

    /** A failure, with the shortfalls of a close or the admin's reason. */
    public static Completion failed(Person person, CourseRun run, Results results, String reasons, boolean manual,
            Instant at, String by) {
        return new Completion(person, run, results, CompletionOutcome.FAILED, reasons, manual, at, by);
    }

    private Completion(Person person, CourseRun run, Results results, CompletionOutcome outcome, String reasons,
            boolean manual, Instant at, String by) {
        this.enrollmentId = person.enrollmentId();
        this.nip = person.nip();
        this.participantName = person.name();
        this.unitCode = person.unitCode();
        this.positionCode = person.positionCode();
        this.positionName = person.positionName();
        this.sessionId = run.sessionId();
        this.courseId = run.courseId();
        this.courseTitle = run.courseTitle();
        this.providerId = run.providerId();
        this.providerName = run.providerName();
        this.jp = run.jp();
        this.sessionStart = run.sessionStart();
        this.sessionEnd = run.sessionEnd();
        this.year = run.sessionEnd().getYear();
        this.outcome = outcome;
        this.reasons = reasons;
        this.attendancePercent = results.attendancePercent();
        this.preScore = results.preScore();
        this.postScore = results.postScore();
        this.manual = manual;
        this.decidedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.decidedBy = by;
    }

    public String enrollmentId() {
        return enrollmentId;
    }

    public String nip() {
        return nip;
    }

    public String participantName() {
        return participantName;
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

    public String sessionId() {
        return sessionId;
    }

    public String courseId() {
        return courseId;
    }

    public CompletionOutcome outcome() {
        return outcome;
    }

    public String reasons() {
        return reasons;
    }

    public BigDecimal attendancePercent() {
        return attendancePercent;
    }

    public Integer preScore() {
        return preScore;
    }

    public Integer postScore() {
        return postScore;
    }

    public int jp() {
        return jp;
    }

    public String courseTitle() {
        return courseTitle;
    }

    public String providerId() {
        return providerId;
    }

    public String providerName() {
        return providerName;
    }

    public LocalDate sessionStart() {
        return sessionStart;
    }

    public LocalDate sessionEnd() {
        return sessionEnd;
    }

    public int year() {
        return year;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public boolean manual() {
        return manual;
    }
}
