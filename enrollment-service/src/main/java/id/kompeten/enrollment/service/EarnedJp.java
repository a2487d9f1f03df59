package id.kompeten.enrollment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JP a person earned in a year: the JP of the courses of their COMPLETED enrollments whose session ended in that year
 * (JP count in the year a session ends). Read from this service's own enrollments and its catalogue replica, never
 * from the catalogue. For the JP-deficit waitlist order.
 */
@ApplicationScoped
class EarnedJp {

    private final EntityManager entityManager;

    EarnedJp(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** JP earned in {@code year} per NIP; a NIP that earned nothing is absent. */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<String, Integer> inYear(int year, Collection<String> nips) {
        Map<String, Integer> earned = new HashMap<>();
        if (nips.isEmpty()) {
            return earned;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT e.nip, SUM(c.jp) FROM enrollment e"
                        + " JOIN session_replica s ON s.id = e.session_id JOIN course_replica c ON c.id = e.course_id"
                        + " WHERE e.status = 'COMPLETED' AND e.nip IN (?1) AND s.end_date >= ?2 AND s.end_date < ?3"
                        + " GROUP BY e.nip")
                .setParameter(1, nips)
                .setParameter(2, java.time.LocalDate.of(year, 1, 1))
                .setParameter(3, java.time.LocalDate.of(year + 1, 1, 1))
                .getResultList();
        for (Object[] row : rows) {
            earned.put((String) row[0], ((Number) row[1]).intValue());
        }
        return earned;
    }
}
