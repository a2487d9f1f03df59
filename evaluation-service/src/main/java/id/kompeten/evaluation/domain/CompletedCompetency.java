package id.kompeten.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A row of course_completion_competency: a competency a completed course developed and the level it brought. */
@Embeddable
public class CompletedCompetency {

    @Column(name = "competency_code", nullable = false)
    private String code;

    @Column(nullable = false)
    private int level;

    protected CompletedCompetency() {
    }

    public CompletedCompetency(String code, int level) {
        this.code = code;
        this.level = level;
    }

    public String code() {
        return code;
    }

    public int level() {
        return level;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompletedCompetency that && level == that.level && code.equals(that.code);
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
