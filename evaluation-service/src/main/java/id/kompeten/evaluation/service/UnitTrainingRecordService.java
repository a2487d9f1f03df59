package id.kompeten.evaluation.service;

import id.kompeten.contracts.evaluation.ServiceQualityRecordUpdated;
import id.kompeten.evaluation.domain.CourseCompletion;
import id.kompeten.evaluation.domain.EmployeeRepository;
import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.domain.UnitTrainingFigures;
import id.kompeten.platform.messaging.OutboxWriter;
import id.kompeten.platform.runtime.AgencyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Units' training records: per unit (the completer's unit when they enrolled, as {@code CourseCompleted} carries it)
 * and month (the completion's date in the agency's zone), the figures of {@link UnitTrainingFigures}.
 * <p>
 * The figures are always computed from {@code course_completion}, where a completion is recorded once per enrollment,
 * so a duplicated, re-keyed or late event cannot double count and the order of arrival does not matter. The consumer's
 * transaction takes the unit's year lock ({@link #lock}) before it inserts the completion, then
 * ({@link #completionRecorded}) recomputes the completion's month and every later month of that year that has a
 * record (their "this year" figures include it), reading the year's completions with a locking read so it sees every
 * committed one; each month whose figures changed is stored in {@code unit_training_record} and announced as
 * {@link ServiceQualityRecordUpdated}. The read ({@link #record}) computes any period from the completions again.
 */
@ApplicationScoped
public class UnitTrainingRecordService {

    private final EntityManager entityManager;
    private final EmployeeRepository employees;
    private final OutboxWriter outbox;
    private final OrgUnitAccess access;
    private final AgencyConfig agency;
    private final Clock clock;

    UnitTrainingRecordService(EntityManager entityManager, EmployeeRepository employees, OutboxWriter outbox,
            OrgUnitAccess access, AgencyConfig agency, Clock clock) {
        this.entityManager = entityManager;
        this.employees = employees;
        this.outbox = outbox;
        this.access = access;
        this.agency = agency;
        this.clock = clock;
    }

    /**
     * Locks the training year of the completion's unit until the caller's transaction ends (created when new).
     * Called before the completion is inserted: were it inserted first, two completions of one unit could each wait
     * for the other's uncommitted row (a deadlock); taken first, they count one after the other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(CourseCompletion completion) {
        String unit = completion.unitCode();
        int year = monthOf(completion.completedAt()).getYear();
        // INSERT ... ON DUPLICATE KEY UPDATE locks the existing row or inserts it, without the gap lock of a locking
        // read of a missing row (as CompetencyLevelRepository.lockOrCreate explains).
        entityManager.createNativeQuery("INSERT INTO unit_training_year (unit_code, year) VALUES (?1, ?2)"
                        + " ON DUPLICATE KEY UPDATE unit_code = unit_code")
                .setParameter(1, unit).setParameter(2, year).executeUpdate();
        entityManager.createNativeQuery("SELECT year FROM unit_training_year WHERE unit_code = ?1 AND year = ?2"
                        + " FOR UPDATE")
                .setParameter(1, unit).setParameter(2, year).getResultList();
    }

    /**
     * After {@link #lock} and the completion's insert, in the same transaction: recomputes the completion's month and
     * the later months of its year that have a record, stores those that changed and publishes one
     * {@link ServiceQualityRecordUpdated} for each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void completionRecorded(CourseCompletion completion) {
        String unit = completion.unitCode();
        YearMonth month = monthOf(completion.completedAt());
        List<UnitTrainingFigures.Completion> year = completionsOfYear(unit, month.getYear(), true);
        long activeStaff = activeStaff(unit);
        Map<String, UnitTrainingFigures> stored = storedMonths(unit, month.getYear());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (YearMonth each = month; each.getYear() == month.getYear(); each = each.plusMonths(1)) {
            String label = each.toString();
            if (!each.equals(month) && !stored.containsKey(label)) {
                continue; // months without completions have no record to bring up to date
            }
            UnitTrainingFigures figures = UnitTrainingFigures.of(year, Period.month(each), activeStaff);
            UnitTrainingFigures before = stored.get(label);
            if (same(before, figures)) {
                continue;
            }
            write(unit, label, figures, before == null, now);
            outbox.publish(new ServiceQualityRecordUpdated(unit, label, figures.staffTrained(), figures.completions(),
                    figures.jpDelivered(), figures.staffTrainedThisYear(), figures.trainedShare(), now));
        }
    }

    /**
     * The unit's record over {@code periodText} (month, quarter, semester or year), computed from its completions.
     * ADMIN, EVALUATOR and INTEGRATION read every unit; a UNIT_ADMIN or SUPERVISOR their own unit (the token's
     * {@code unit} claim), 403 otherwise. 400 naming {@code period} when it is missing or not a period.
     */
    @Transactional
    public UnitTrainingRecord record(String unitCode, String periodText) {
        access.requireReadable(unitCode);
        return figures(unitCode, Period.parse(periodText));
    }

    /**
     * The unit's record over {@code period}, for a caller who has checked access (e.g. a service unit's reader, who
     * reads its parent unit's training figures).
     */
    @Transactional
    public UnitTrainingRecord figures(String unitCode, Period period) {
        List<UnitTrainingFigures.Completion> year = completionsOfYear(unitCode, period.year(), false);
        long activeStaff = activeStaff(unitCode);
        List<UnitTrainingRecord.Month> months = period.months().stream()
                .map(month -> new UnitTrainingRecord.Month(month,
                        UnitTrainingFigures.of(year, Period.month(month), activeStaff)))
                .toList();
        return new UnitTrainingRecord(unitCode, period, activeStaff,
                UnitTrainingFigures.of(year, period, activeStaff), months);
    }

    /**
     * The unit's completions of the year. Locking (in the consumer, under the year lock): a share-locking read sees
     * every committed completion, where a plain read would see the transaction's snapshot, possibly older than the
     * completion committed by the previous holder of the lock.
     */
    private List<UnitTrainingFigures.Completion> completionsOfYear(String unitCode, int year, boolean locking) {
        ZoneId zone = agency.zone();
        Instant from = YearMonth.of(year, 1).atDay(1).atStartOfDay(zone).toInstant();
        Instant to = YearMonth.of(year + 1, 1).atDay(1).atStartOfDay(zone).toInstant();
        List<?> rows;
        if (locking) {
            rows = entityManager.createNativeQuery("SELECT * FROM course_completion WHERE unit_code = ?1"
                            + " AND completed_at >= ?2 AND completed_at < ?3 LOCK IN SHARE MODE", CourseCompletion.class)
                    .setParameter(1, unitCode).setParameter(2, from).setParameter(3, to)
                    .getResultList();
        } else {
            rows = entityManager.createQuery("from CourseCompletion c where c.unitCode = ?1 and c.completedAt >= ?2"
                            + " and c.completedAt < ?3", CourseCompletion.class)
                    .setParameter(1, unitCode).setParameter(2, from).setParameter(3, to)
                    .getResultList();
        }
        return rows.stream().map(CourseCompletion.class::cast)
                .map(row -> new UnitTrainingFigures.Completion(row.nip(), row.jp(),
                        row.completedAt().atZone(zone).toLocalDate()))
                .toList();
    }

    private long activeStaff(String unitCode) {
        return employees.count("unitCode = ?1 and active = true", unitCode);
    }

    /** The year's stored month records, locked (only ever written under the year lock, so this is belt and braces). */
    private Map<String, UnitTrainingFigures> storedMonths(String unitCode, int year) {
        List<?> rows = entityManager.createNativeQuery("SELECT period_month, staff_trained, completions, jp_delivered,"
                        + " staff_trained_year, trained_share FROM unit_training_record WHERE unit_code = ?1"
                        + " AND period_month LIKE ?2 FOR UPDATE")
                .setParameter(1, unitCode).setParameter(2, year + "-%")
                .getResultList();
        Map<String, UnitTrainingFigures> months = new HashMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            months.put(cells[0].toString().strip(), new UnitTrainingFigures(number(cells[1]), number(cells[2]),
                    number(cells[3]), number(cells[4]), (BigDecimal) cells[5]));
        }
        return months;
    }

    private void write(String unit, String month, UnitTrainingFigures figures, boolean create, Instant now) {
        String sql = create
                ? "INSERT INTO unit_training_record (staff_trained, completions, jp_delivered, staff_trained_year,"
                        + " trained_share, updated_at, unit_code, period_month) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                : "UPDATE unit_training_record SET staff_trained = ?1, completions = ?2, jp_delivered = ?3,"
                        + " staff_trained_year = ?4, trained_share = ?5, updated_at = ?6"
                        + " WHERE unit_code = ?7 AND period_month = ?8";
        entityManager.createNativeQuery(sql)
                .setParameter(1, figures.staffTrained()).setParameter(2, figures.completions())
                .setParameter(3, figures.jpDelivered()).setParameter(4, figures.staffTrainedThisYear())
                .setParameter(5, figures.trainedShare()).setParameter(6, now)
                .setParameter(7, unit).setParameter(8, month)
                .executeUpdate();
    }

    private static boolean same(UnitTrainingFigures stored, UnitTrainingFigures now) {
        return stored != null && stored.staffTrained() == now.staffTrained()
                && stored.completions() == now.completions() && stored.jpDelivered() == now.jpDelivered()
                && stored.staffTrainedThisYear() == now.staffTrainedThisYear()
                && (stored.trainedShare() == null ? now.trainedShare() == null
                        : now.trainedShare() != null && stored.trainedShare().compareTo(now.trainedShare()) == 0);
    }

    private static int number(Object cell) {
        return ((Number) Objects.requireNonNull(cell)).intValue();
    }

    private YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(agency.zone()));
    }
}
