package id.kompeten.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of behaviour_rating: the supervisor's rating 1-5 of how one targeted competency is applied at work. */
@Embeddable
public class BehaviourRating {

    @Column(name = "competency_code", nullable = false)
    private String competencyCode;

    @Column(nullable = false)
    private int rating;

    @Column
    private String comment;

    protected BehaviourRating() {
    }

    public BehaviourRating(String competencyCode, int rating, String comment) {
        this.competencyCode = competencyCode;
        this.rating = rating;
        this.comment = comment;
    }

    public String competencyCode() {
        return competencyCode;
    }

    public int rating() {
        return rating;
    }

    public String comment() {
        return comment;
    }
}
