package id.kompeten.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Kirkpatrick L1: the participant's reaction to a course they completed, four scores 1-5 and an optional comment.
 * One per completion (the enrollment id is the key), never changed.
 */
@Entity
@Table(name = "reaction_evaluation")
public class ReactionEvaluation {

    @Id
    @Column(name = "enrollment_id", nullable = false, updatable = false)
    private String enrollmentId;

    @Column(nullable = false, updatable = false)
    private String nip;

    /** The completion's unit and supervisor: the owner for someone the employee replica does not hold yet. */
    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unitCode;

    @Column(name = "supervisor_nip", updatable = false)
    private String supervisorNip;

    @Column(name = "course_id", nullable = false, updatable = false)
    private String courseId;

    @Column(name = "session_id", nullable = false, updatable = false)
    private String sessionId;

    @Column(name = "content_score", nullable = false, updatable = false)
    private int content;

    @Column(name = "trainer_score", nullable = false, updatable = false)
    private int trainer;

    @Column(name = "relevance_score", nullable = false, updatable = false)
    private int relevance;

    @Column(name = "facilities_score", nullable = false, updatable = false)
    private int facilities;

    @Column(updatable = false)
    private String comment;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    protected ReactionEvaluation() {
    }

    public ReactionEvaluation(CourseCompletion completion, Scores scores, String comment, Instant now) {
        this.enrollmentId = completion.enrollmentId();
        this.nip = completion.nip();
        this.unitCode = completion.unitCode();
        this.supervisorNip = completion.supervisorNip();
        this.courseId = completion.courseId();
        this.sessionId = completion.sessionId();
        this.content = scores.content();
        this.trainer = scores.trainer();
        this.relevance = scores.relevance();
        this.facilities = scores.facilities();
        this.comment = comment;
        this.submittedAt = now.truncatedTo(ChronoUnit.MICROS);
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

    public String supervisorNip() {
        return supervisorNip;
    }

    public String courseId() {
        return courseId;
    }

    public String sessionId() {
        return sessionId;
    }

    public Scores scores() {
        return new Scores(content, trainer, relevance, facilities);
    }

    public String comment() {
        return comment;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    /** The four L1 items, each 1-5 (checked by the request). */
    public record Scores(int content, int trainer, int relevance, int facilities) {

        public int sum() {
            return content + trainer + relevance + facilities;
        }
    }
}
