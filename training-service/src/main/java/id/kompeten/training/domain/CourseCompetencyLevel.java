package id.kompeten.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A row of course_competency: a competency the course develops, and the level a passing participant reaches. */
@Embeddable
public class CourseCompetencyLevel {

    @Column(name = "competency_code", nullable = false)
    private String competencyCode;

    @Column(nullable = false)
    private int level;

    protected CourseCompetencyLevel() {
    }

    CourseCompetencyLevel(String competencyCode, int level) {
        this.competencyCode = competencyCode;
        this.level = level;
    }

    public String competencyCode() {
        return competencyCode;
    }

    public int level() {
        return level;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CourseCompetencyLevel that && level == that.level
                && competencyCode.equals(that.competencyCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(competencyCode, level);
    }
}
