package id.kompeten.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An evaluator's assessment of one competency of one employee: the level found, how, on what evidence and when. The
 * evidence behind an ASSESSMENT level; never changed.
 */
@Entity
@Table(name = "competency_assessment")
public class CompetencyAssessment {

    @Id
    @Column(nullable = false, updatable = false)
    private String id;

    @Column(nullable = false, updatable = false)
    private String nip;

    @Column(name = "competency_code", nullable = false, updatable = false)
    private String competencyCode;

    @Column(nullable = false, updatable = false)
    private int level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AssessmentMethod method;

    @Column(name = "evidence_note", nullable = false, updatable = false)
    private String evidenceNote;

    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;

    @Column(updatable = false)
    private String reason;

    @Column(name = "previous_level", updatable = false)
    private Integer previousLevel;

    /** Whether it set the profile's level; false when the level rested on evidence dated after it. */
    @Column(nullable = false)
    private boolean applied;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected CompetencyAssessment() {
    }

    public CompetencyAssessment(String nip, String competencyCode, int level, AssessmentMethod method,
            String evidenceNote, LocalDate assessedOn, String reason, Integer previousLevel, boolean applied,
            Instant now, String recordedBy) {
        this.id = UUID.randomUUID().toString();
        this.nip = nip;
        this.competencyCode = competencyCode;
        this.level = level;
        this.method = method;
        this.evidenceNote = evidenceNote;
        this.assessedOn = assessedOn;
        this.reason = reason;
        this.previousLevel = previousLevel;
        this.applied = applied;
        this.recordedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.recordedBy = recordedBy;
    }

    public String id() {
        return id;
    }

    public String nip() {
        return nip;
    }

    public String competencyCode() {
        return competencyCode;
    }

    public int level() {
        return level;
    }

    public AssessmentMethod method() {
        return method;
    }

    public String evidenceNote() {
        return evidenceNote;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    /** Why the level went down; null when it did not. */
    public String reason() {
        return reason;
    }

    public Integer previousLevel() {
        return previousLevel;
    }

    public boolean applied() {
        return applied;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
