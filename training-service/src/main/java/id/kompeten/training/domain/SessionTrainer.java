package id.kompeten.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A trainer (widyaiswara, lecturer, facilitator) of a session. */
@Embeddable
public class SessionTrainer {

    @Column(nullable = false)
    private String name;

    private String institution;

    protected SessionTrainer() {
    }

    public SessionTrainer(String name, String institution) {
        this.name = name;
        this.institution = institution;
    }

    public String name() {
        return name;
    }

    public String institution() {
        return institution;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionTrainer that && name.equals(that.name)
                && Objects.equals(institution, that.institution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, institution);
    }
}
