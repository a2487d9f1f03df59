package id.kompeten.catalogreplica;

import id.kompeten.contracts.catalog.CourseSnapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A row of course_competency_replica: a competency a course develops and the level (1-5) a passing participant
 * reaches.
 */
@Embeddable
public class CourseCompetencyReplica {

    @Column(name = "competency_code", nullable = false)
    private String code;

    @Column(nullable = false)
    private int level;

    protected CourseCompetencyReplica() {
    }

    public CourseCompetencyReplica(String code, int level) {
        this.code = code;
        this.level = level;
    }

    static CourseCompetencyReplica of(CourseSnapshot.CourseCompetency competency) {
        return new CourseCompetencyReplica(competency.code(), competency.level());
    }

    public String code() {
        return code;
    }

    public int level() {
        return level;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CourseCompetencyReplica that && level == that.level && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, level);
    }

    @Override
    public String toString() {
        return code + ":" + level;
    }
}
