package id.kompeten.enrollment.domain;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reads of transcripts, the unit compliance report, the SIASN export and the JP-deficit waitlist order: completed
 * courses by the year their JP count in, JP earned per person, and a unit's people with their JP. Read only; the
 * completion rows are the completion service's.
 */
@ApplicationScoped
public class TranscriptRepository {

    /** Sort fields of the compliance report → SQL, for {@code PageRequest.toSort}. */
    public static final Map<String, String> COMPLIANCE_SORT =
            Map.of("name", "p.name", "jp", "jp", "nip", "p.nip");

    private final EntityManager entityManager;

    TranscriptRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The person's completed courses whose sessions ended in the year, by end date. */
    public List<Completion> completedOf(String nip, int year) {
        return entityManager.createQuery("from Completion c where c.nip = :nip and c.year = :year"
                        + " and c.outcome = :outcome order by c.sessionEnd, c.sessionStart, c.enrollmentId",
                        Completion.class)
                .setParameter("nip", nip).setParameter("year", year)
                .setParameter("outcome", CompletionOutcome.COMPLETED)
                .getResultList();
    }

    /**
     * Completed courses of the year of everyone now in the unit (active or not: a retired person's courses still
     * belong in SIASN), by person and end date.
     */
    public List<Completion> completedOfUnit(String unitCode, int year) {
        return entityManager.createQuery("select c from Completion c, Participant p where p.nip = c.nip"
                        + " and p.unitCode = :unit and c.year = :year and c.outcome = :outcome"
                        + " order by c.nip, c.sessionEnd, c.sessionStart, c.enrollmentId", Completion.class)
                .setParameter("unit", unitCode).setParameter("year", year)
                .setParameter("outcome", CompletionOutcome.COMPLETED)
                .getResultList();
    }

    /**
     * JP each of these people earned in the year: the sum of their COMPLETED decisions' JP whose session ended in the
     * year. A person who earned nothing is absent. The same sum the compliance report shows and the JP-deficit
     * waitlist order uses ({@link #earnedJpSql}).
     */
    @SuppressWarnings("unchecked")
    public Map<String, Integer> jpEarned(int year, Collection<String> nips) {
        Map<String, Integer> earned = new HashMap<>();
        if (nips.isEmpty()) {
            return earned;
        }
        List<Object[]> rows = entityManager.createNativeQuery(earnedJpSql(":nips"))
                .setParameter("year", year).setParameter("nips", nips)
                .getResultList();
        for (Object[] row : rows) {
            earned.put((String) row[0], ((Number) row[1]).intValue());
        }
        return earned;
    }

    /**
     * The one definition of "JP earned in a year": per NIP, the JP of the COMPLETED decisions of that year (the year
     * the session ended, {@link JpStanding#yearOf}), for the NIPs {@code nipsIn} gives (a parameter or a sub-query).
     */
    private static String earnedJpSql(String nipsIn) {
        return "SELECT nip, SUM(jp) AS jp FROM completion WHERE year = :year AND outcome = 'COMPLETED'"
                + " AND nip IN (" + nipsIn + ") GROUP BY nip";
    }

    /** Whether anyone, active or not, is registered in the unit: units exist only through their people. */
    public boolean unitKnown(String unitCode) {
        return !entityManager.createQuery("select p.nip from Participant p where p.unitCode = :unit", String.class)
                .setParameter("unit", unitCode).setMaxResults(1).getResultList().isEmpty();
    }

    /** A person in a unit's compliance report. */
    public record ComplianceRow(String nip, String name, String employeeType, String positionCode,
            String positionName, int jp) {
    }

    /**
     * One page of the unit's active participants with the JP they completed in the year, in {@code sort} order (its
     * columns from {@link #COMPLIANCE_SORT}), ties by number; {@code belowJp} keeps only those with fewer JP.
     */
    @SuppressWarnings("unchecked")
    public List<ComplianceRow> compliance(String unitCode, int year, Integer belowJp, Sort sort, int page,
            int size) {
        String orderBy = sort.getColumns().stream()
                .map(column -> column.getName() + (column.getDirection() == Sort.Direction.Descending ? " DESC" : " ASC"))
                .collect(Collectors.joining(", "));
        Query query = entityManager.createNativeQuery("SELECT p.nip, p.name, p.employee_type, p.position_code,"
                        + " p.position_name, COALESCE(c.jp, 0) AS jp" + complianceFrom(belowJp)
                        + " ORDER BY " + orderBy + ", p.nip ASC")
                .setFirstResult(page * size).setMaxResults(size);
        bind(query, unitCode, year, belowJp);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new ComplianceRow((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], ((Number) row[5]).intValue()))
                .toList();
    }

    /** How many rows {@link #compliance} has on all pages. */
    public long complianceCount(String unitCode, int year, Integer belowJp) {
        Query query = entityManager.createNativeQuery("SELECT COUNT(*)" + complianceFrom(belowJp));
        bind(query, unitCode, year, belowJp);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String complianceFrom(Integer belowJp) {
        // The JP sum only over the unit's people (index ix_completion_nip_year), joined to every active one of them.
        return " FROM participant p LEFT JOIN ("
                + earnedJpSql("SELECT nip FROM participant WHERE unit_code = :unit AND active = TRUE")
                + ") c ON c.nip = p.nip"
                + " WHERE p.unit_code = :unit AND p.active = TRUE"
                + (belowJp == null ? "" : " AND COALESCE(c.jp, 0) < :below");
    }

    private static void bind(Query query, String unitCode, int year, Integer belowJp) {
        query.setParameter("unit", unitCode).setParameter("year", year);
        if (belowJp != null) {
            query.setParameter("below", belowJp);
        }
    }
}
