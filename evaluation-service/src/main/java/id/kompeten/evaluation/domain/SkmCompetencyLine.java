package id.kompeten.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A row of skm_competency_map_line: this SKM element is developed by this competency. */
@Embeddable
public class SkmCompetencyLine {

    @Enumerated(EnumType.STRING)
    @Column(name = "element", nullable = false)
    private SkmElement element;

    @Column(name = "competency_code", nullable = false)
    private String competencyCode;

    protected SkmCompetencyLine() {
    }

    public SkmCompetencyLine(SkmElement element, String competencyCode) {
        this.element = element;
        this.competencyCode = competencyCode;
    }

    public SkmElement element() {
        return element;
    }

    public String competencyCode() {
        return competencyCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SkmCompetencyLine that && element == that.element
                && competencyCode.equals(that.competencyCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(element, competencyCode);
    }

    @Override
    public String toString() {
        return element + ":" + competencyCode;
    }
}
