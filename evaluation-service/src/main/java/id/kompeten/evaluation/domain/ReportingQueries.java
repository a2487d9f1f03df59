package id.kompeten.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reads of the scorecard and the dashboard, each one query for any number of units, so an agency overview costs
 * the same few round trips for 2 units as for 50 (no per-unit queries). Read-only.
 */
@ApplicationScoped
public class ReportingQueries {

    private static final String SUM_COLUMNS = "sum_u1, sum_u2, sum_u3, sum_u4, sum_u5, sum_u6, sum_u7, sum_u8, sum_u9";

    private final EntityManager entityManager;

    ReportingQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A service unit as reports name it. */
    public record UnitName(String code, String name, String parentUnitCode) {
    }

    /** An active member of staff, as the gap aggregation and the compliance count need them. */
    public record StaffMember(String nip, String name, String unitCode, String positionCode) {
    }

    /** The service units of an agency (exact name), by code, without their lists (no lazy loads). */
    public List<UnitName> unitsOfAgency(String agency) {
        return entityManager.createQuery("select u.code, u.name, u.parentUnitCode from ServiceUnit u"
                        + " where u.agency = ?1 order by u.code", Object[].class)
                .setParameter(1, agency).getResultList().stream()
                .map(row -> new UnitName((String) row[0], (String) row[1], (String) row[2])).toList();
    }

    /** The SKM sums of each unit's months from {@code first} to {@code last} that have responses. */
    public Map<String, Map<YearMonth, SkmResult>> skmMonths(Collection<String> units, YearMonth first,
            YearMonth last) {
        Map<String, Map<YearMonth, SkmResult>> months = new HashMap<>();
        if (units.isEmpty()) {
            return months;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT service_unit_code, month_start, respondents, "
                        + SUM_COLUMNS + " FROM skm_month WHERE service_unit_code IN (:units)"
                        + " AND month_start BETWEEN :first AND :last")
                .setParameter("units", units).setParameter("first", first.atDay(1))
                .setParameter("last", last.atDay(1))
                .getResultList();
        for (Object[] row : rows) {
            Map<SkmElement, Long> sums = new EnumMap<>(SkmElement.class);
            for (SkmElement element : SkmElement.values()) {
                sums.put(element, ((Number) row[3 + element.ordinal()]).longValue());
            }
            months.computeIfAbsent((String) row[0], unit -> new HashMap<>())
                    .put(YearMonth.from(day(row[1])), new SkmResult(((Number) row[2]).longValue(), sums));
        }
        return months;
    }

    /** The units' operational records of these months, by unit, first month first. */
    public Map<String, List<OperationalRecord>> operations(Collection<String> units, YearMonth first,
            YearMonth last) {
        Map<String, List<OperationalRecord>> byUnit = new HashMap<>();
        if (units.isEmpty()) {
            return byUnit;
        }
        entityManager.createQuery("from OperationalRecord r where r.key.serviceUnitCode in ?1"
                        + " and r.key.monthStart between ?2 and ?3 order by r.key.monthStart", OperationalRecord.class)
                .setParameter(1, units).setParameter(2, first.atDay(1)).setParameter(3, last.atDay(1))
                .getResultList()
                .forEach(record -> byUnit.computeIfAbsent(record.key().serviceUnitCode(), unit -> new ArrayList<>())
                        .add(record));
        return byUnit;
    }

    /** The active staff of these organisational units. */
    public List<StaffMember> activeStaff(Collection<String> orgUnits) {
        if (orgUnits.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select e.nip, e.name, e.unitCode, e.positionCode from Employee e"
                        + " where e.active = true and e.unitCode in ?1", Object[].class)
                .setParameter(1, orgUnits).getResultList().stream()
                .map(row -> new StaffMember((String) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }

    /**
     * The completions recorded for these organisational units (the completer's unit when they enrolled) from
     * {@code from} to {@code to} (exclusive), by unit, with their day in {@code zone}.
     */
    public Map<String, List<UnitTrainingFigures.Completion>> completions(Collection<String> orgUnits, Instant from,
            Instant to, ZoneId zone) {
        Map<String, List<UnitTrainingFigures.Completion>> byUnit = new HashMap<>();
        if (orgUnits.isEmpty()) {
            return byUnit;
        }
        entityManager.createQuery("select c.unitCode, c.nip, c.jp, c.completedAt from CourseCompletion c"
                        + " where c.unitCode in ?1 and c.completedAt >= ?2 and c.completedAt < ?3", Object[].class)
                .setParameter(1, orgUnits).setParameter(2, from).setParameter(3, to)
                .getResultList()
                .forEach(row -> byUnit.computeIfAbsent((String) row[0], unit -> new ArrayList<>())
                        .add(new UnitTrainingFigures.Completion((String) row[1], ((Number) row[2]).intValue(),
                                ((Instant) row[3]).atZone(zone).toLocalDate())));
        return byUnit;
    }

    /**
     * JP completed from {@code from} to {@code to} (exclusive) by each active member of staff of these organisational
     * units, in any unit (people move): by NIP, those without completions absent.
     */
    public Map<String, Integer> jpOfActiveStaff(Collection<String> orgUnits, Instant from, Instant to) {
        Map<String, Integer> jp = new HashMap<>();
        if (orgUnits.isEmpty()) {
            return jp;
        }
        entityManager.createQuery("select c.nip, sum(c.jp) from CourseCompletion c, Employee e where e.nip = c.nip"
                        + " and e.active = true and e.unitCode in ?1 and c.completedAt >= ?2 and c.completedAt < ?3"
                        + " group by c.nip", Object[].class)
                .setParameter(1, orgUnits).setParameter(2, from).setParameter(3, to)
                .getResultList()
                .forEach(row -> jp.put((String) row[0], ((Number) row[1]).intValue()));
        return jp;
    }

    /** The competency levels of the active staff of these organisational units: by NIP, then competency code. */
    public Map<String, Map<String, Integer>> levelsOfActiveStaff(Collection<String> orgUnits) {
        Map<String, Map<String, Integer>> levels = new HashMap<>();
        if (orgUnits.isEmpty()) {
            return levels;
        }
        entityManager.createQuery("select l.nip, l.competencyCode, l.level from CompetencyLevel l, Employee e"
                        + " where e.nip = l.nip and e.active = true and e.unitCode in ?1", Object[].class)
                .setParameter(1, orgUnits).getResultList()
                .forEach(row -> levels.computeIfAbsent((String) row[0], nip -> new HashMap<>())
                        .put((String) row[1], ((Number) row[2]).intValue()));
        return levels;
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
