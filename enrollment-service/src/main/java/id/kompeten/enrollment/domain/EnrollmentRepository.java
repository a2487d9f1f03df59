package id.kompeten.enrollment.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EnrollmentRepository implements PanacheRepositoryBase<Enrollment, String> {

    /** The person's active enrollment in the session (any status but REJECTED, WITHDRAWN, CANCELLED), if any. */
    public Optional<Enrollment> findActive(String sessionId, String nip) {
        return find("activeKey", Enrollment.activeKey(sessionId, nip)).firstResultOptional();
    }

    /** The session's enrollments in these statuses, by request time then id. */
    public List<Enrollment> ofSession(String sessionId, Collection<EnrollmentStatus> statuses) {
        return list("sessionId = ?1 and status in ?2 order by requestedAt, id", sessionId, statuses);
    }

    /** The person's enrollments in these statuses. */
    public List<Enrollment> ofPerson(String nip, Collection<EnrollmentStatus> statuses) {
        return list("nip = ?1 and status in ?2 order by requestedAt, id", nip, statuses);
    }
}
