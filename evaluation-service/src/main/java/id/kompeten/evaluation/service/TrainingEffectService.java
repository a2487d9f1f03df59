package id.kompeten.evaluation.service;

import id.kompeten.evaluation.config.ResultsConfig;
import id.kompeten.evaluation.domain.CourseCompletion;
import id.kompeten.evaluation.domain.OperationalRecord;
import id.kompeten.evaluation.domain.ReportingQueries;
import id.kompeten.evaluation.domain.ServiceUnit;
import id.kompeten.evaluation.domain.TrainingEffect.Completion;
import id.kompeten.evaluation.domain.TrainingEffect.CourseEffect;
import id.kompeten.evaluation.domain.TrainingEffect.Settings;
import id.kompeten.evaluation.domain.TrainingEffect.UnitSessionEffect;
import id.kompeten.evaluation.domain.TrainingEffect.Window;
import id.kompeten.evaluation.domain.TrainingEffect;
import id.kompeten.platform.runtime.AgencyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Kirkpatrick L4 (TrainingEffect) from the database: a course's effect, a service unit's own figures in the sessions
 * that treated it, and every course of an agency at once. Each reads the completions, the service units (with their
 * service types), their SKM month sums and their operational months in one query per table, whatever the number of
 * courses, sessions or units.
 */
@ApplicationScoped
public class TrainingEffectService {

    private final EntityManager entityManager;
    private final ServiceUnitAccess access;
    private final ReportingQueries queries;
    private final ResultsConfig config;
    private final AgencyConfig agency;
    private final Clock clock;

    TrainingEffectService(EntityManager entityManager, ServiceUnitAccess access, ReportingQueries queries,
            ResultsConfig config, AgencyConfig agency, Clock clock) {
        this.entityManager = entityManager;
        this.access = access;
        this.queries = queries;
        this.config = config;
        this.agency = agency;
        this.clock = clock;
    }

    /** A service unit and the sessions that treated it, by first day (empty when none did). */
    public record UnitEffect(String unitCode, String unitName, List<UnitSessionEffect> sessions) {
    }

    /** How L4 is measured now (the settings). */
    public Settings settings() {
        return new Settings(config.monthsBefore(), config.monthsAfter(), config.minRespondents());
    }

    /** The current month in the agency's zone: the first month figures never use. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(agency.zone()));
    }

    /**
     * The course's effect over all its completions and every agency's units (NO_SERVICE_UNITS when no service unit's
     * parent completed it; also for an unknown course).
     */
    @Transactional
    public CourseEffect ofCourse(String courseId) {
        return measure(courseId, completions("c.courseId = :course", Map.of("course", courseId)));
    }

    /** As {@link #ofCourse(String)}, from the course's completions already loaded (EffectivenessService). */
    @Transactional
    public CourseEffect ofCourse(String courseId, List<CourseCompletion> loaded) {
        List<Completion> of = loaded.stream().map(this::completion).toList();
        return measure(courseId, of);
    }

    private CourseEffect measure(String courseId, List<Completion> of) {
        if (of.isEmpty()) {
            return TrainingEffect.course(courseId, new TrainingEffect.Data(List.of(), Map.of(), Map.of(), of),
                    settings(), currentMonth());
        }
        Set<String> parents = of.stream().map(Completion::orgUnitCode).collect(Collectors.toSet());
        return TrainingEffect.course(courseId, data(of, unitsOfAgenciesServedBy(parents)), settings(),
                currentMonth());
    }

    /**
     * The unit's own before/after/change in each session of any course that treated it, against that session's
     * comparison group (the same as in the course's figures); 404 unknown unit, 403 not readable by the caller.
     */
    @Transactional
    public UnitEffect ofServiceUnit(String code) {
        ServiceUnit unit = access.requireReadable(code);
        List<Completion> completions = completions("c.courseId in (select d.courseId from CourseCompletion d"
                + " where d.unitCode = :parent)", Map.of("parent", unit.parentUnitCode()));
        List<UnitSessionEffect> sessions = List.of();
        if (!completions.isEmpty()) {
            Set<String> parents = completions.stream().map(Completion::orgUnitCode).collect(Collectors.toSet());
            sessions = TrainingEffect.unit(code, data(completions, unitsOfAgenciesServedBy(parents)), settings(),
                    currentMonth());
        }
        return new UnitEffect(code, unit.details().name(), sessions);
    }

    /**
     * The effect of every course that staff of the agency's service units completed, measured on that agency's units
     * only (treated and comparison units of {@code agency}; a course's figure on its effectiveness endpoint pools every
     * agency), ranked by IKM difference in differences, highest first, courses without one last (then by course id).
     * Four queries whatever the agency's size. Each {@link CourseEffect} carries its status, pooled effects (IKM, mean
     * waiting minutes, complaints per 1,000 transactions: treated and comparison group figures and the DiD) and its
     * sessions with their observations.
     */
    @Transactional
    public List<CourseEffect> coursesOfAgency(String agencyName) {
        List<TrainingEffect.Unit> units = units("u.agency = :agency", Map.of("agency", agencyName));
        if (units.isEmpty()) {
            return List.of();
        }
        List<Completion> completions = completions("c.unitCode in (select s.parentUnitCode from ServiceUnit s"
                + " where s.agency = :agency)", Map.of("agency", agencyName));
        List<CourseEffect> courses = new ArrayList<>(
                TrainingEffect.courses(data(completions, units), settings(), currentMonth()));
        courses.sort(Comparator.comparing((CourseEffect c) -> c.effects().ikm().differenceInDifferences(),
                Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())).thenComparing(CourseEffect::courseId));
        return courses;
    }

    /** The units of every agency with a unit served by one of these organisational units. */
    private List<TrainingEffect.Unit> unitsOfAgenciesServedBy(Set<String> parents) {
        return units("u.agency in (select s.agency from ServiceUnit s where s.parentUnitCode in :parents)",
                Map.of("parents", parents));
    }

    private TrainingEffect.Data data(List<Completion> completions, List<TrainingEffect.Unit> units) {
        if (units.isEmpty() || completions.isEmpty()) {
            return new TrainingEffect.Data(units, Map.of(), Map.of(), completions);
        }
        // The months any session of these completions can read: from the earliest before to the latest after.
        Settings settings = settings();
        YearMonth current = currentMonth();
        YearMonth first = null;
        YearMonth last = null;
        for (Completion completion : completions) {
            Window window = TrainingEffect.window(completion.sessionStart(), completion.sessionEnd(), settings,
                    current);
            first = first == null || window.beforeFirst().isBefore(first) ? window.beforeFirst() : first;
            last = last == null || window.afterLast().isAfter(last) ? window.afterLast() : last;
        }
        List<String> codes = units.stream().map(TrainingEffect.Unit::code).toList();
        return new TrainingEffect.Data(units, queries.skmMonths(codes, first, last), operations(codes, first, last), completions);
    }

    private List<Completion> completions(String where, Map<String, Object> parameters) {
        var query = entityManager.createQuery("select c.courseId, c.courseTitle, c.sessionId, c.sessionStart,"
                + " c.sessionEnd, c.unitCode, c.completedAt from CourseCompletion c where " + where, Object[].class);
        parameters.forEach(query::setParameter);
        ZoneId zone = agency.zone();
        return query.getResultList().stream().map(row -> new Completion((String) row[0], (String) row[1],
                (String) row[2], (LocalDate) row[3], (LocalDate) row[4], (String) row[5],
                ((Instant) row[6]).atZone(zone).toLocalDate())).toList();
    }

    private Completion completion(CourseCompletion c) {
        return new Completion(c.courseId(), c.courseTitle(), c.sessionId(), c.sessionStart(), c.sessionEnd(),
                c.unitCode(), c.completedAt().atZone(agency.zone()).toLocalDate());
    }

    /** Units with their service types, by code: one query (a unit without types has none to share). */
    private List<TrainingEffect.Unit> units(String where, Map<String, Object> parameters) {
        var query = entityManager.createQuery("select u.code, u.name, u.agency, u.parentUnitCode, t from ServiceUnit u"
                + " left join u.serviceTypes t where " + where + " order by u.code", Object[].class);
        parameters.forEach(query::setParameter);
        Map<String, Object[]> heads = new LinkedHashMap<>();
        Map<String, List<String>> types = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            heads.putIfAbsent((String) row[0], row);
            List<String> of = types.computeIfAbsent((String) row[0], code -> new ArrayList<>());
            if (row[4] != null) {
                of.add((String) row[4]);
            }
        }
        return heads.values().stream().map(row -> new TrainingEffect.Unit((String) row[0], (String) row[1],
                (String) row[2], (String) row[3], List.copyOf(types.get((String) row[0])))).toList();
    }

    private Map<String, Map<YearMonth, OperationalRecord.Figures>> operations(Collection<String> codes,
            YearMonth first, YearMonth last) {
        List<Object[]> rows = entityManager.createQuery("select r.key.serviceUnitCode, r.key.monthStart,"
                        + " r.transactions, r.meanWaitingMinutes, r.meanProcessingMinutes, r.complaintsReceived,"
                        + " r.complaintsResolved from OperationalRecord r where r.key.serviceUnitCode in :codes"
                        + " and r.key.monthStart between :first and :last", Object[].class)
                .setParameter("codes", codes).setParameter("first", first.atDay(1))
                .setParameter("last", last.atDay(1)).getResultList();
        Map<String, Map<YearMonth, OperationalRecord.Figures>> result = new HashMap<>();
        for (Object[] row : rows) {
            result.computeIfAbsent((String) row[0], code -> new HashMap<>()).put(month(row[1]),
                    new OperationalRecord.Figures((Integer) row[2], (BigDecimal) row[3], (BigDecimal) row[4],
                            (Integer) row[5], (Integer) row[6]));
        }
        return result;
    }

    private static YearMonth month(Object value) {
        return YearMonth.from(value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value);
    }
}
