package id.kompeten.enrollment.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CompletionRepository implements PanacheRepositoryBase<Completion, String> {

    /** The completion that issued this certificate. */
    public Optional<Completion> findByCertificate(CertificateNumber number) {
        return find("certificateNumber = ?1 and outcome = ?2", number.value(), CompletionOutcome.COMPLETED)
                .firstResultOptional();
    }

    /** A session's decisions, by participant number. */
    public List<Completion> ofSession(String sessionId) {
        return list("sessionId = ?1 order by nip", sessionId);
    }

    /** A session's decisions as committed now (a locking read, see SessionClosureRepository#findCurrent). */
    public List<Completion> ofSessionCurrent(String sessionId) {
        return getEntityManager().createNativeQuery("SELECT * FROM completion WHERE session_id = :id ORDER BY nip"
                + " LOCK IN SHARE MODE", Completion.class)
                .setParameter("id", sessionId)
                .getResultList().stream().map(Completion.class::cast).toList();
    }

    /** Whether this certificate number is taken (a fresh draw clashing is practically impossible, but cheap to check). */
    public boolean certificateTaken(CertificateNumber number) {
        return count("certificateNumber", number.value()) > 0;
    }
}
