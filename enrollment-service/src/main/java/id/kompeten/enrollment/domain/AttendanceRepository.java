package id.kompeten.enrollment.domain;

import id.kompeten.contracts.enrollment.AttendanceStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@ApplicationScoped
public class AttendanceRepository implements PanacheRepositoryBase<Attendance, Attendance.Key> {

    /** The recorded days of these enrollments (managed entities, for changing them). */
    public List<Attendance> ofEnrollments(Collection<String> enrollmentIds) {
        if (enrollmentIds.isEmpty()) {
            return List.of();
        }
        return list("enrollmentId in ?1 order by enrollmentId, dayDate", enrollmentIds);
    }

    /**
     * The recorded days of these enrollments as committed now: a locking read, so a close sees every correction that
     * committed before it, whatever its transaction read earlier. Enrollment id → day → status.
     */
    public Map<String, Map<LocalDate, AttendanceStatus>> currentOf(Collection<String> enrollmentIds) {
        Map<String, Map<LocalDate, AttendanceStatus>> days = new HashMap<>();
        if (enrollmentIds.isEmpty()) {
            return days;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT enrollment_id, day_date, status"
                + " FROM attendance WHERE enrollment_id IN (:ids) LOCK IN SHARE MODE")
                .setParameter("ids", enrollmentIds)
                .getResultList();
        for (Object[] row : rows) {
            days.computeIfAbsent((String) row[0], id -> new TreeMap<>())
                    .put(toDate(row[1]), AttendanceStatus.valueOf((String) row[2]));
        }
        return days;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
