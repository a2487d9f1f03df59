package id.kompeten.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One line of an employee's competency profile: their current level (1-5) in one competency, where it came from and
 * since when. Changed only together with a {@link CompetencyLevelChange} saying why.
 */
@Entity
@Table(name = "competency_level")
@IdClass(CompetencyLevel.Key.class)
public class CompetencyLevel {

    @Id
    @Column(nullable = false, updatable = false)
    private String nip;

    @Id
    @Column(name = "competency_code", nullable = false, updatable = false)
    private String competencyCode;

    @Column(nullable = false)
    private int level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LevelSource source;

    /** The completion's enrollment id (COURSE) or the assessment's id (ASSESSMENT, MANUAL). */
    @Column(name = "source_reference", nullable = false)
    private String sourceReference;

    @Column(name = "course_id")
    private String courseId;

    @Column(name = "course_title")
    private String courseTitle;

    @Column(name = "obtained_on", nullable = false)
    private LocalDate obtainedOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CompetencyLevel() {
    }

    public CompetencyLevel(String nip, String competencyCode, Evidence evidence, Instant now) {
        this.nip = nip;
        this.competencyCode = competencyCode;
        set(evidence, now);
    }

    /** Takes the level and evidence; the caller decides whether the evidence may replace what is held. */
    public void set(Evidence evidence, Instant now) {
        this.level = evidence.level();
        this.source = evidence.source();
        this.sourceReference = evidence.reference();
        this.courseId = evidence.courseId();
        this.courseTitle = evidence.courseTitle();
        this.obtainedOn = evidence.obtainedOn();
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
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

    public LevelSource source() {
        return source;
    }

    public String sourceReference() {
        return sourceReference;
    }

    public String courseId() {
        return courseId;
    }

    public String courseTitle() {
        return courseTitle;
    }

    public LocalDate obtainedOn() {
        return obtainedOn;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /**
     * What a level rests on: the level, its source, the completion or assessment behind it (and the course, for a
     * completion) and the day it counts from.
     */
    public record Evidence(int level, LevelSource source, String reference, String courseId, String courseTitle,
            LocalDate obtainedOn) {
    }

    /** The composite key: employee and competency. */
    public static class Key implements Serializable {

        private String nip;
        private String competencyCode;

        protected Key() {
        }

        public Key(String nip, String competencyCode) {
            this.nip = nip;
            this.competencyCode = competencyCode;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && nip.equals(key.nip) && competencyCode.equals(key.competencyCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(nip, competencyCode);
        }
    }
}
