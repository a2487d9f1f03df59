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
 * One change of a profile line, kept for ever: from which level to which, and the event or request that caused it.
 * Written in the transaction that changed the {@link CompetencyLevel}, never updated.
 */
@Entity
@Table(name = "competency_level_change")
public class CompetencyLevelChange {

    @Id
    @Column(nullable = false, updatable = false)
    private String id;

    @Column(nullable = false, updatable = false)
    private String nip;

    @Column(name = "competency_code", nullable = false, updatable = false)
    private String competencyCode;

    @Column(name = "old_level", updatable = false)
    private Integer oldLevel;

    @Column(name = "new_level", nullable = false, updatable = false)
    private int newLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LevelSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause_type", nullable = false, updatable = false)
    private CauseType causeType;

    /** The consumed event's CloudEvents id, or the request's id (the assessment's id). */
    @Column(name = "cause_id", nullable = false, updatable = false)
    private String causeId;

    /** The event type (e.g. CourseCompleted) or the operation (e.g. recordAssessment). */
    @Column(name = "cause_name", nullable = false, updatable = false)
    private String causeName;

    /** The enrollment id of a completion, the assessment id of an assessment. */
    @Column(name = "cause_reference", nullable = false, updatable = false)
    private String causeReference;

    @Column(updatable = false)
    private String reason;

    @Column(name = "obtained_on", nullable = false, updatable = false)
    private LocalDate obtainedOn;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    /** The token subject of the request, or the consumer's name for an event. */
    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    protected CompetencyLevelChange() {
    }

    public CompetencyLevelChange(String nip, String competencyCode, Integer oldLevel, int newLevel, LevelSource source,
            Cause cause, String reason, LocalDate obtainedOn, Instant now, String changedBy) {
        this.id = UUID.randomUUID().toString();
        this.nip = nip;
        this.competencyCode = competencyCode;
        this.oldLevel = oldLevel;
        this.newLevel = newLevel;
        this.source = source;
        this.causeType = cause.type();
        this.causeId = cause.id();
        this.causeName = cause.name();
        this.causeReference = cause.reference();
        this.reason = reason;
        this.obtainedOn = obtainedOn;
        this.changedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.changedBy = changedBy;
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

    public Integer oldLevel() {
        return oldLevel;
    }

    public int newLevel() {
        return newLevel;
    }

    public LevelSource source() {
        return source;
    }

    public Cause cause() {
        return new Cause(causeType, causeId, causeName, causeReference);
    }

    public String reason() {
        return reason;
    }

    public LocalDate obtainedOn() {
        return obtainedOn;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    /** Whether a consumed event or an API request caused a change. */
    public enum CauseType {
        EVENT,
        REQUEST
    }

    /** What caused a change: see the columns above. */
    public record Cause(CauseType type, String id, String name, String reference) {
    }
}
