package id.kompeten.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * Kirkpatrick L3: the supervisor's rating of applied behaviour after a completion, one rating 1-5 per competency the
 * course targeted. One per completion (the enrollment id is the key), never changed.
 */
@Entity
@Table(name = "behaviour_evaluation")
public class BehaviourEvaluation {

    @Id
    @Column(name = "enrollment_id", nullable = false, updatable = false)
    private String enrollmentId;

    @Column(nullable = false, updatable = false)
    private String nip;

    @Column(name = "course_id", nullable = false, updatable = false)
    private String courseId;

    @Column(name = "session_id", nullable = false, updatable = false)
    private String sessionId;

    /** The person's supervisor when they rated. */
    @Column(name = "rater_nip", nullable = false, updatable = false)
    private String raterNip;

    @Column(updatable = false)
    private String comment;

    /** The due day the rating was given against (the setting may change later). */
    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "rated_at", nullable = false, updatable = false)
    private Instant ratedAt;

    // Always shown with the rating; a list of ratings (a course's) loads all their rows in one more query.
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "behaviour_rating", joinColumns = @JoinColumn(name = "enrollment_id"))
    @OrderBy("competencyCode")
    private List<BehaviourRating> ratings = new ArrayList<>();

    protected BehaviourEvaluation() {
    }

    public BehaviourEvaluation(CourseCompletion completion, String raterNip, List<BehaviourRating> ratings,
            String comment, LocalDate dueOn, Instant now) {
        this.enrollmentId = completion.enrollmentId();
        this.nip = completion.nip();
        this.courseId = completion.courseId();
        this.sessionId = completion.sessionId();
        this.raterNip = raterNip;
        this.comment = comment;
        this.dueOn = dueOn;
        this.ratedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.ratings = ratings.stream().sorted(Comparator.comparing(BehaviourRating::competencyCode))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    public String enrollmentId() {
        return enrollmentId;
    }

    public String nip() {
        return nip;
    }

    public String courseId() {
        return courseId;
    }

    public String sessionId() {
        return sessionId;
    }

    public String raterNip() {
        return raterNip;
    }

    public String comment() {
        return comment;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant ratedAt() {
        return ratedAt;
    }

    /** By competency code. */
    public List<BehaviourRating> ratings() {
        return List.copyOf(ratings);
    }
}
