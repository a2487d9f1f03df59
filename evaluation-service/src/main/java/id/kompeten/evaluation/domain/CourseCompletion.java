package id.kompeten.evaluation.domain;

import id.kompeten.contracts.enrollment.CourseCompleted;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A completion as enrollment announced it ({@link CourseCompleted}), never changed afterwards: the evidence behind
 * COURSE levels, the pre/post scores of L2 and the start of the L3 wait. Keyed by the enrollment, so one completion
 * is one row whatever the broker redelivers.
 */
@Entity
@Table(name = "course_completion")
public class CourseCompletion {

    @Id
    @Column(name = "enrollment_id", nullable = false, updatable = false)
    private String enrollmentId;

    @Column(nullable = false)
    private String nip;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "position_code", nullable = false)
    private String positionCode;

    @Column(name = "position_name")
    private String positionName;

    @Column(name = "supervisor_nip")
    private String supervisorNip;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "session_id", nullable = false)
    private String sessionId;

    @Column(name = "course_title", nullable = false)
    private String courseTitle;

    @Column(name = "provider_id")
    private String providerId;

    @Column(name = "provider_name")
    private String providerName;

    @Column(nullable = false)
    private int jp;

    @Column(name = "pre_score")
    private Integer preScore;

    @Column(name = "post_score")
    private Integer postScore;

    @Column(name = "attendance_percent", nullable = false)
    private BigDecimal attendancePercent;

    @Column(name = "session_start", nullable = false)
    private LocalDate sessionStart;

    @Column(name = "session_end", nullable = false)
    private LocalDate sessionEnd;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @Column(name = "certificate_number")
    private String certificateNumber;

    @Column(nullable = false)
    private boolean manual;

    /** The CloudEvents id of the delivery that created the row: the cause recorded for the levels it raised. */
    @Column(name = "event_id", nullable = false)
    private String eventId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @ElementCollection
    @CollectionTable(name = "course_completion_competency", joinColumns = @JoinColumn(name = "enrollment_id"))
    @OrderBy("code")
    private List<CompletedCompetency> competencies = new ArrayList<>();

    protected CourseCompletion() {
    }

    public CourseCompletion(CourseCompleted event, String eventId, Instant now) {
        this.enrollmentId = event.enrollmentId();
        this.nip = event.nip();
        this.unitCode = event.unitCode();
        this.positionCode = event.positionCode();
        this.positionName = event.positionName();
        this.supervisorNip = event.supervisorNip();
        this.courseId = event.courseId();
        this.sessionId = event.sessionId();
        this.courseTitle = event.courseTitle();
        this.providerId = event.providerId();
        this.providerName = event.providerName();
        this.jp = event.jp();
        this.preScore = event.preScore();
        this.postScore = event.postScore();
        this.attendancePercent = event.attendancePercent();
        this.sessionStart = event.sessionStartDate();
        this.sessionEnd = event.sessionEndDate();
        this.completedAt = event.completedAt().truncatedTo(ChronoUnit.MICROS);
        this.certificateNumber = event.certificateNumber();
        this.manual = event.manual();
        this.eventId = eventId;
        this.receivedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.competencies = event.competencies().stream()
                .map(target -> new CompletedCompetency(target.code(), target.level()))
                .sorted(Comparator.comparing(CompletedCompetency::code))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    public String enrollmentId() {
        return enrollmentId;
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

    /** The participant's supervisor when the course was completed (enrollment's record then); null when none. */
    public String supervisorNip() {
        return supervisorNip;
    }

    public String courseId() {
        return courseId;
    }

    public String sessionId() {
        return sessionId;
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

    public int jp() {
        return jp;
    }

    public Integer preScore() {
        return preScore;
    }

    public Integer postScore() {
        return postScore;
    }

    public BigDecimal attendancePercent() {
        return attendancePercent;
    }

    public LocalDate sessionStart() {
        return sessionStart;
    }

    public LocalDate sessionEnd() {
        return sessionEnd;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public boolean manual() {
        return manual;
    }

    public String eventId() {
        return eventId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The competencies the course developed and the level it brought the completer to, by code. */
    public List<CompletedCompetency> competencies() {
        return List.copyOf(competencies);
    }
}
