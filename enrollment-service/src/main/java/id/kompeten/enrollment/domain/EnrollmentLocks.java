package id.kompeten.enrollment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Row locks on enrollments for recording results and deciding them (native {@code SELECT ... FOR UPDATE}: Hibernate's
 * PESSIMISTIC_WRITE writes {@code FOR UPDATE OF}, which MariaDB rejects). Always in id order, so a close and an
 * attendance request over the same people never wait on each other in a circle. A locking read returns the row as
 * committed now, whatever the transaction's snapshot: call these before anything else loads the same enrollments.
 */
@ApplicationScoped
public class EnrollmentLocks {

    private final EntityManager entityManager;

    EnrollmentLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The session's CONFIRMED enrollments, locked: the people a close decides. */
    public List<Enrollment> confirmedOfSession(String sessionId) {
        return list(entityManager.createNativeQuery("SELECT * FROM enrollment WHERE session_id = :session"
                + " AND status = :status ORDER BY id FOR UPDATE", Enrollment.class)
                .setParameter("session", sessionId)
                .setParameter("status", EnrollmentStatus.CONFIRMED.name())
                .getResultList());
    }

    /** The session's enrollments of these people that still hold their place (active), locked. */
    public List<Enrollment> activeOfPeople(String sessionId, Collection<String> nips) {
        if (nips.isEmpty()) {
            return List.of();
        }
        return list(entityManager.createNativeQuery("SELECT * FROM enrollment WHERE session_id = :session"
                + " AND nip IN (:nips) AND active_key IS NOT NULL ORDER BY id FOR UPDATE", Enrollment.class)
                .setParameter("session", sessionId)
                .setParameter("nips", nips)
                .getResultList());
    }

    /** One enrollment, locked. */
    public Optional<Enrollment> byId(String id) {
        return list(entityManager.createNativeQuery("SELECT * FROM enrollment WHERE id = :id FOR UPDATE",
                Enrollment.class).setParameter("id", id).getResultList()).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Enrollment> list(List<?> rows) {
        return (List<Enrollment>) rows;
    }
}
