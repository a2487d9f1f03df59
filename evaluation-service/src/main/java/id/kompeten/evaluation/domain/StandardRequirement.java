package id.kompeten.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A row of position_standard_requirement: a competency a position requires and the minimum level (1-5). */
@Embeddable
public class StandardRequirement {

    @Column(name = "competency_code", nullable = false)
    private String competencyCode;

    @Column(name = "min_level", nullable = false)
    private int minLevel;

    protected StandardRequirement() {
    }

    public StandardRequirement(String competencyCode, int minLevel) {
        this.competencyCode = competencyCode;
        this.minLevel = minLevel;
    }

    public String competencyCode() {
        return competencyCode;
    }

    public int minLevel() {
        return minLevel;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StandardRequirement that && minLevel == that.minLevel
                && competencyCode.equals(that.competencyCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(competencyCode, minLevel);
    }

    @Override
    public String toString() {
        return competencyCode + ":" + minLevel;
    }
}
