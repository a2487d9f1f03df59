package id.kompeten.enrollment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A PRE or POST assessment score (0-100) of an enrollment; a correction overwrites it until the session is closed. */
@Entity
@Table(name = "assessment")
@IdClass(Assessment.Key.class)
public class Assessment {

    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 100;

    @Id
    @Column(name = "enrollment_id", nullable = false, updatable = false)
    private String enrollmentId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AssessmentKind kind;

    @Column(nullable = false)
    private int score;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Assessment() {
    }

    public Assessment(String enrollmentId, AssessmentKind kind, int score, Instant at, String by) {
        this.enrollmentId = enrollmentId;
        this.kind = kind;
        this.score = -1;
        record(score, at, by);
    }

    /** Sets the score; false (and nothing touched) when it is already this score. */
    public boolean record(int newScore, Instant at, String by) {
        if (newScore < MIN_SCORE || newScore > MAX_SCORE) {
            throw new IllegalArgumentException("A score is 0-100: " + newScore);
        }
        if (newScore == score) {
            return false;
        }
        this.score = newScore;
        this.recordedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.recordedBy = by;
        return true;
    }

    public String enrollmentId() {
        return enrollmentId;
    }

    public AssessmentKind kind() {
        return kind;
    }

    public int score() {
        return score;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** The composite primary key (enrollment, kind). */
    public static class Key implements Serializable {

        private String enrollmentId;
        private AssessmentKind kind;

        protected Key() {
        }

        public Key(String enrollmentId, AssessmentKind kind) {
            this.enrollmentId = enrollmentId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && enrollmentId.equals(key.enrollmentId) && kind == key.kind;
        }

        @Override
        public int hashCode() {
            return 31 * enrollmentId.hashCode() + kind.hashCode();
        }
    }
}
