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

    /** Whether the person has ever had an enrollment in the session, in any status. */
    public boolean existsFor(String sessionId, String nip) {
        return count("sessionId = ?1 and nip = ?2", sessionId, nip) > 0;
    }

    /** The session's enrollments in these statuses, by request time then id. */
    public List<Enrollment> ofSession(String sessionId, Collection<EnrollmentStatus> statuses) {
        return list("sessionId = ?1 and status in ?2 order by requestedAt, id", sessionId, statuses);
    }

    /**
     * The session's enrollments in this status, their rows locked until the transaction ends and read by the locking
     * read itself (the latest committed state). For callers holding the session's seat lock; flush first.
     */
    public List<Enrollment> lockOfSession(String sessionId, EnrollmentStatus status) {
        @SuppressWarnings("unchecked")
        List<Enrollment> locked = getEntityManager()
                .createNativeQuery("SELECT * FROM enrollment WHERE session_id = ?1 AND status = ?2"
                        + " ORDER BY requested_at, id FOR UPDATE", Enrollment.class)
                .setParameter(1, sessionId)
                .setParameter(2, status.name())
                .getResultList();
        return locked;
    }

    /**
     * The person's CONFIRMED enrollments, their rows locked and read by the locking read itself: the overlap check
     * before a confirmation must see a confirmation another transaction committed a moment ago.
     */
    public List<Enrollment> lockConfirmedOf(String nip) {
        @SuppressWarnings("unchecked")
        List<Enrollment> locked = getEntityManager()
                .createNativeQuery("SELECT * FROM enrollment WHERE nip = ?1 AND status = 'CONFIRMED' ORDER BY id"
                        + " FOR UPDATE", Enrollment.class)
                .setParameter(1, nip)
                .getResultList();
        return locked;
    }

    /** The person's enrollments in these statuses. */
    public List<Enrollment> ofPerson(String nip, Collection<EnrollmentStatus> statuses) {
        return list("nip = ?1 and status in ?2 order by requestedAt, id", nip, statuses);
    }
}
