package id.kompeten.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Kirkpatrick L4: did a course change the quality of the service units whose staff took it? A difference in
 * differences over (service unit, session) observations, computed from in-memory data only.
 * <ul>
 *   <li>Periods: for a session starting in month S and ending in month E, <em>before</em> = the {@code monthsBefore}
 *   months ending with S - 1, <em>after</em> = the {@code monthsAfter} months starting with E + 1. Only complete
 *   months (before the current month, agency zone) are used: no complete after month is PENDING, some is PARTIAL,
 *   all is COMPLETE.</li>
 *   <li>Treated: the service units whose parent (organisational) unit has a completion of the session; units sharing a
 *   parent are treated together. Comparison: units of the same agency sharing a service type with one treated unit of
 *   that agency, not treated, and whose parent has no completion of the course (any session) from the first day of the
 *   before period to the last day of the after period.</li>
 *   <li>Per unit and period: IKM as the unit's SKM result shows it ({@link SkmResult#ikm()}, two decimals); mean
 *   waiting minutes weighted by transactions; complaints received per 1,000 transactions (both two decimals half-up,
 *   as the unit's own record shows them). Change = after - before, exact. A unit with fewer than
 *   {@code minRespondents} respondents in either period is flagged and left out of the IKM figure; a unit lacking a
 *   month's operational record in a period (or with no transactions) is left out of the operational figures.</li>
 *   <li>Group change = unweighted mean of the counted units' changes; DiD = treated change - comparison change, both
 *   computed exactly from the unit figures and rounded half-up to two decimals once; null when a group counts no unit.
 *   Higher IKM is better; lower waiting and complaints are better (signs are not flipped).</li>
 * </ul>
 */
public final class TrainingEffect {

    /** Decimals of every figure. */
    public static final int SCALE = 2;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private TrainingEffect() {
    }

    /** How L4 is measured: months of each period and the respondents a unit needs to count for IKM. */
    public record Settings(int monthsBefore, int monthsAfter, int minRespondents) {
        public Settings {
            if (monthsBefore < 1 || monthsAfter < 1 || minRespondents < 0) {
                throw new IllegalArgumentException("months must be at least 1, respondents at least 0");
            }
        }
    }

    /** A service unit as L4 needs it. */
    public record Unit(String code, String name, String agency, String parentUnitCode, List<String> serviceTypes) {
    }

    /** One completion: which session, whose organisational unit, and the day (agency zone) it was completed. */
    public record Completion(String courseId, String courseTitle, String sessionId, LocalDate sessionStart,
            LocalDate sessionEnd, String orgUnitCode, LocalDate completedOn) {
    }

    /**
     * What the computation reads.
     *
     * @param skm        per unit code, the SKM sums of each month with responses
     * @param operations per unit code, each reported month's operational figures
     */
    public record Data(Collection<Unit> units, Map<String, Map<YearMonth, SkmResult>> skm,
            Map<String, Map<YearMonth, OperationalRecord.Figures>> operations, Collection<Completion> completions) {
    }

    public enum Status {
        /** No service unit's parent has a completion of the session (or course): nothing to measure. */
        NO_SERVICE_UNITS,
        /** No month of the after period is complete yet. */
        PENDING,
        /** Some months of the after period are complete: figures over those. */
        PARTIAL,
        /** Every month of the after period is complete. */
        COMPLETE
    }

    public enum Group {
        TREATED, COMPARISON
    }

    /**
     * A session's periods; {@code afterLastUsed} is the last complete month of the after period, null when none is.
     */
    public record Window(YearMonth beforeFirst, YearMonth beforeLast, YearMonth afterFirst, YearMonth afterLast,
            YearMonth afterLastUsed, int afterMonthsComplete) {
    }

    /** One indicator of a unit in one observation; {@code change} null when either side is. */
    public record Change(BigDecimal before, BigDecimal after, BigDecimal change) {
        static Change of(BigDecimal before, BigDecimal after) {
            return new Change(before, after, before == null || after == null ? null : after.subtract(before));
        }
    }

    /**
     * A (service unit, session) observation. {@code ikmCounted}: the unit's IKM change enters the group figure (both
     * periods have respondents and none is flagged); {@code operationsCounted} likewise for waiting and complaints.
     */
    public record Observation(String unitCode, String unitName, String parentUnitCode, String sessionId, Group group,
            long respondentsBefore,
            long respondentsAfter, boolean tooFewRespondents, Change ikm, int operationMonthsBefore,
            int operationMonthsAfter, long transactionsBefore, long transactionsAfter, Change meanWaitingMinutes,
            Change complaintsPerThousand) {

        public boolean ikmCounted() {
            return !tooFewRespondents && ikm.change() != null;
        }

        public boolean waitingCounted() {
            return meanWaitingMinutes.change() != null;
        }

        public boolean complaintsCounted() {
            return complaintsPerThousand.change() != null;
        }
    }

    /**
     * A group's figure of one indicator: over {@code units} counted observations ({@code leftOut} more are listed but
     * not counted), the means before and after and the mean change; {@code basisBefore}/{@code basisAfter} are the
     * respondents (IKM) or transactions (waiting, complaints) of the counted units. Means null when nothing counts.
     */
    public record GroupFigure(int units, int leftOut, BigDecimal meanBefore, BigDecimal meanAfter,
            BigDecimal meanChange, long basisBefore, long basisAfter) {
    }

    /** One indicator of a session or course: both groups and treated change - comparison change. */
    public record Effect(GroupFigure treated, GroupFigure comparison, BigDecimal differenceInDifferences) {
    }

    /** The three indicators. */
    public record Effects(Effect ikm, Effect meanWaitingMinutes, Effect complaintsPerThousand) {
    }

    /** One session's result with its observations (treated first, then comparison, each by unit code). */
    public record SessionEffect(String courseId, String courseTitle, String sessionId, LocalDate startDate,
            LocalDate endDate, Window window, Status status, Effects effects, List<Observation> observations) {

        public List<Observation> treated() {
            return observations.stream().filter(o -> o.group() == Group.TREATED).toList();
        }

        public List<Observation> comparison() {
            return observations.stream().filter(o -> o.group() == Group.COMPARISON).toList();
        }
    }

    /** A course's pooled result: every observation of its sessions (sessions by first day). */
    public record CourseEffect(String courseId, String courseTitle, Status status, int treatedObservations,
            int comparisonObservations, Effects effects, List<SessionEffect> sessions) {
    }

    /**
     * A unit's own figures in one session it was treated by, against that session's comparison group:
     * {@code differenceInDifferences} per indicator = the unit's change - the comparison group's mean change (null when
     * the unit is not counted for it or the comparison group counts no unit).
     */
    public record UnitSessionEffect(SessionEffect session, Observation own, BigDecimal ikmDifference,
            BigDecimal meanWaitingMinutesDifference, BigDecimal complaintsPerThousandDifference) {
    }

    /** The effect of each course with completions in {@code data}, sessions by first day, courses by id. */
    public static List<CourseEffect> courses(Data data, Settings settings, YearMonth current) {
        Map<String, List<Completion>> byCourse = data.completions().stream()
                .collect(Collectors.groupingBy(Completion::courseId, TreeMap::new, Collectors.toList()));
        Context context = new Context(data, settings, current);
        return byCourse.values().stream().map(context::course).toList();
    }

    /** The effect of one course ({@code data} may hold other courses' completions; they are ignored). */
    public static CourseEffect course(String courseId, Data data, Settings settings, YearMonth current) {
        List<Completion> of = data.completions().stream().filter(c -> c.courseId().equals(courseId)).toList();
        if (of.isEmpty()) {
            return new CourseEffect(courseId, null, Status.NO_SERVICE_UNITS, 0, 0, Context.effects(List.of()),
                    List.of());
        }
        return new Context(data, settings, current).course(of);
    }

    /** The sessions of any course in {@code data} that treated {@code unitCode}, by first day. */
    public static List<UnitSessionEffect> unit(String unitCode, Data data, Settings settings, YearMonth current) {
        List<UnitSessionEffect> result = new ArrayList<>();
        for (CourseEffect course : courses(data, settings, current)) {
            for (SessionEffect session : course.sessions()) {
                session.treated().stream().filter(o -> o.unitCode().equals(unitCode)).findFirst()
                        .ifPresent(own -> result.add(unitSession(session, own)));
            }
        }
        result.sort(Comparator.comparing((UnitSessionEffect u) -> u.session().startDate())
                .thenComparing(u -> u.session().sessionId()));
        return result;
    }

    private static UnitSessionEffect unitSession(SessionEffect session, Observation own) {
        List<Observation> comparison = session.comparison();
        return new UnitSessionEffect(session, own,
                own.ikmCounted() ? minusMean(own.ikm().change(), counted(comparison, Observation::ikmCounted,
                        Observation::ikm)) : null,
                own.waitingCounted() ? minusMean(own.meanWaitingMinutes().change(), counted(comparison,
                        Observation::waitingCounted, Observation::meanWaitingMinutes)) : null,
                own.complaintsCounted() ? minusMean(own.complaintsPerThousand().change(), counted(comparison,
                        Observation::complaintsCounted, Observation::complaintsPerThousand)) : null);
    }

    /** The period windows of a session. */
    public static Window window(LocalDate start, LocalDate end, Settings settings, YearMonth current) {
        YearMonth beforeLast = YearMonth.from(start).minusMonths(1);
        YearMonth afterFirst = YearMonth.from(end).plusMonths(1);
        YearMonth afterLast = afterFirst.plusMonths(settings.monthsAfter() - 1);
        YearMonth lastComplete = current.minusMonths(1);
        YearMonth used = afterLast.isAfter(lastComplete) ? lastComplete : afterLast;
        int complete = used.isBefore(afterFirst) ? 0
                : (int) afterFirst.until(used, java.time.temporal.ChronoUnit.MONTHS) + 1;
        return new Window(beforeLast.minusMonths(settings.monthsBefore() - 1), beforeLast, afterFirst, afterLast,
                complete == 0 ? null : used, complete);
    }

    /** The computation over one data set. */
    private static final class Context {
        private final Settings settings;
        private final YearMonth current;
        private final Data data;
        private final Map<String, List<Unit>> unitsByParent;
        private final Map<String, List<Unit>> unitsByAgency;

        Context(Data data, Settings settings, YearMonth current) {
            this.data = data;
            this.settings = settings;
            this.current = current;
            this.unitsByParent = data.units().stream().collect(Collectors.groupingBy(Unit::parentUnitCode));
            this.unitsByAgency = data.units().stream().collect(Collectors.groupingBy(Unit::agency));
        }

        CourseEffect course(List<Completion> completions) {
            Completion latest = completions.stream().max(Comparator.comparing(Completion::completedOn)).orElseThrow();
            Map<String, List<Completion>> bySession = completions.stream()
                    .sorted(Comparator.comparing(Completion::sessionStart).thenComparing(Completion::sessionId))
                    .collect(Collectors.groupingBy(Completion::sessionId, LinkedHashMap::new, Collectors.toList()));
            List<SessionEffect> sessions = bySession.values().stream()
                    .map(of -> session(of, completions, latest.courseTitle())).toList();
            List<Observation> all = sessions.stream().flatMap(s -> s.observations().stream()).toList();
            List<SessionEffect> measured = sessions.stream().filter(s -> s.status() != Status.NO_SERVICE_UNITS)
                    .toList();
            Status status;
            if (measured.isEmpty()) {
                status = Status.NO_SERVICE_UNITS;
            } else if (measured.stream().allMatch(s -> s.status() == Status.COMPLETE)) {
                status = Status.COMPLETE;
            } else if (measured.stream().allMatch(s -> s.status() == Status.PENDING)) {
                status = Status.PENDING;
            } else {
                status = Status.PARTIAL;
            }
            return new CourseEffect(latest.courseId(), latest.courseTitle(), status,
                    (int) all.stream().filter(o -> o.group() == Group.TREATED).count(),
                    (int) all.stream().filter(o -> o.group() == Group.COMPARISON).count(), effects(all), sessions);
        }

        private SessionEffect session(List<Completion> of, List<Completion> course, String title) {
            Completion first = of.get(0);
            LocalDate start = of.stream().map(Completion::sessionStart).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate end = of.stream().map(Completion::sessionEnd).max(Comparator.naturalOrder()).orElseThrow();
            Window window = window(start, end, settings, current);
            Set<String> parents = of.stream().map(Completion::orgUnitCode).collect(Collectors.toSet());
            List<Unit> treated = parents.stream().flatMap(p -> unitsByParent.getOrDefault(p, List.of()).stream())
                    .sorted(Comparator.comparing(Unit::code)).toList();
            if (treated.isEmpty()) {
                return new SessionEffect(first.courseId(), title, first.sessionId(), start, end, window,
                        Status.NO_SERVICE_UNITS, effects(List.of()), List.of());
            }
            // Parents with a completion of the course anywhere in the window are not clean comparisons.
            LocalDate from = window.beforeFirst().atDay(1);
            LocalDate to = window.afterLast().atEndOfMonth();
            Set<String> touched = course.stream()
                    .filter(c -> !c.completedOn().isBefore(from) && !c.completedOn().isAfter(to))
                    .map(Completion::orgUnitCode).collect(Collectors.toSet());
            Set<String> treatedCodes = treated.stream().map(Unit::code).collect(Collectors.toSet());
            Set<String> comparisonCodes = new HashSet<>();
            List<Unit> comparison = new ArrayList<>();
            for (Unit t : treated) {
                for (Unit candidate : unitsByAgency.getOrDefault(t.agency(), List.of())) {
                    if (!treatedCodes.contains(candidate.code()) && !touched.contains(candidate.parentUnitCode())
                            && shareServiceType(t, candidate) && comparisonCodes.add(candidate.code())) {
                        comparison.add(candidate);
                    }
                }
            }
            comparison.sort(Comparator.comparing(Unit::code));
            List<Observation> observations = new ArrayList<>();
            treated.forEach(u -> observations.add(observe(u, first.sessionId(), Group.TREATED, window)));
            comparison.forEach(u -> observations.add(observe(u, first.sessionId(), Group.COMPARISON, window)));
            Status status = window.afterMonthsComplete() == 0 ? Status.PENDING
                    : window.afterMonthsComplete() < settings.monthsAfter() ? Status.PARTIAL : Status.COMPLETE;
            return new SessionEffect(first.courseId(), title, first.sessionId(), start, end, window, status,
                    effects(observations), List.copyOf(observations));
        }

        private static boolean shareServiceType(Unit a, Unit b) {
            return a.serviceTypes().stream().anyMatch(b.serviceTypes()::contains);
        }

        private Observation observe(Unit unit, String sessionId, Group group, Window window) {
            YearMonth beforeLast = window.beforeLast().isBefore(current) ? window.beforeLast()
                    : current.minusMonths(1);
            Map<YearMonth, SkmResult> skm = data.skm().getOrDefault(unit.code(), Map.of());
            SkmResult before = SkmResult.sumOf(skm, window.beforeFirst(), beforeLast);
            SkmResult after = window.afterLastUsed() == null ? SkmResult.empty()
                    : SkmResult.sumOf(skm, window.afterFirst(), window.afterLastUsed());
            boolean tooFew = before.respondents() < settings.minRespondents()
                    || after.respondents() < settings.minRespondents();
            Map<YearMonth, OperationalRecord.Figures> ops = data.operations().getOrDefault(unit.code(), Map.of());
            Operations opsBefore = Operations.of(ops, window.beforeFirst(), beforeLast);
            Operations opsAfter = window.afterLastUsed() == null ? Operations.NONE
                    : Operations.of(ops, window.afterFirst(), window.afterLastUsed());
            return new Observation(unit.code(), unit.name(), unit.parentUnitCode(), sessionId, group,
                    before.respondents(),
                    after.respondents(), tooFew, Change.of(before.ikm(), after.ikm()), opsBefore.monthsReported,
                    opsAfter.monthsReported, opsBefore.transactions, opsAfter.transactions,
                    Change.of(opsBefore.waiting(), opsAfter.waiting()),
                    Change.of(opsBefore.complaintsPerThousand(), opsAfter.complaintsPerThousand()));
        }

        static Effects effects(List<Observation> observations) {
            return new Effects(
                    effect(observations, Observation::ikmCounted, Observation::ikm, Observation::respondentsBefore,
                            Observation::respondentsAfter),
                    effect(observations, Observation::waitingCounted, Observation::meanWaitingMinutes,
                            Observation::transactionsBefore, Observation::transactionsAfter),
                    effect(observations, Observation::complaintsCounted, Observation::complaintsPerThousand,
                            Observation::transactionsBefore, Observation::transactionsAfter));
        }

        private static Effect effect(List<Observation> observations, java.util.function.Predicate<Observation> counts,
                Function<Observation, Change> change, java.util.function.ToLongFunction<Observation> basisBefore,
                java.util.function.ToLongFunction<Observation> basisAfter) {
            List<Observation> treated = observations.stream().filter(o -> o.group() == Group.TREATED).toList();
            List<Observation> comparison = observations.stream().filter(o -> o.group() == Group.COMPARISON).toList();
            List<Observation> t = treated.stream().filter(counts).toList();
            List<Observation> c = comparison.stream().filter(counts).toList();
            return new Effect(group(treated.size(), t, change, basisBefore, basisAfter),
                    group(comparison.size(), c, change, basisBefore, basisAfter),
                    t.isEmpty() || c.isEmpty() ? null
                            : differenceOfMeans(sum(t, o -> change.apply(o).change()), t.size(),
                                    sum(c, o -> change.apply(o).change()), c.size()));
        }

        private static GroupFigure group(int listed, List<Observation> counted, Function<Observation, Change> change,
                java.util.function.ToLongFunction<Observation> basisBefore,
                java.util.function.ToLongFunction<Observation> basisAfter) {
            int k = counted.size();
            return new GroupFigure(k, listed - k, mean(sum(counted, o -> change.apply(o).before()), k),
                    mean(sum(counted, o -> change.apply(o).after()), k),
                    mean(sum(counted, o -> change.apply(o).change()), k),
                    counted.stream().mapToLong(basisBefore).sum(), counted.stream().mapToLong(basisAfter).sum());
        }
    }

    /** A unit's operational figures over the used months of a period. */
    private record Operations(int monthsReported, int monthsWanted, long transactions, BigDecimal weightedWaiting,
            long complaints) {

        static final Operations NONE = new Operations(0, 0, 0, BigDecimal.ZERO, 0);

        static Operations of(Map<YearMonth, OperationalRecord.Figures> months, YearMonth first, YearMonth last) {
            int reported = 0;
            int wanted = 0;
            long transactions = 0;
            long complaints = 0;
            BigDecimal waiting = BigDecimal.ZERO;
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                wanted++;
                OperationalRecord.Figures figures = months.get(m);
                if (figures != null) {
                    reported++;
                    transactions += figures.transactions();
                    complaints += figures.complaintsReceived();
                    waiting = waiting.add(figures.meanWaitingMinutes()
                            .multiply(BigDecimal.valueOf(figures.transactions())));
                }
            }
            return new Operations(reported, wanted, transactions, waiting, complaints);
        }

        /** Every wanted month reported and some transactions: otherwise the unit is left out of the figure. */
        private boolean usable() {
            return monthsWanted > 0 && monthsReported == monthsWanted && transactions > 0;
        }

        /** Σ mean_m × transactions_m / Σ transactions_m, as OperationsSummary: two decimals half-up. */
        BigDecimal waiting() {
            return usable() ? weightedWaiting.divide(BigDecimal.valueOf(transactions), SCALE, RoundingMode.HALF_UP)
                    : null;
        }

        /** Complaints received × 1,000 / transactions, two decimals half-up. */
        BigDecimal complaintsPerThousand() {
            return usable() ? BigDecimal.valueOf(complaints).multiply(THOUSAND)
                    .divide(BigDecimal.valueOf(transactions), SCALE, RoundingMode.HALF_UP) : null;
        }
    }

    private static List<BigDecimal> counted(List<Observation> observations,
            java.util.function.Predicate<Observation> counts, Function<Observation, Change> change) {
        return observations.stream().filter(counts).map(o -> change.apply(o).change()).toList();
    }

    private static BigDecimal sum(List<Observation> observations, Function<Observation, BigDecimal> value) {
        return observations.stream().map(value).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal mean(BigDecimal sum, int count) {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP);
    }

    /** sumA / a - sumC / c, exactly, rounded once: (sumA × c - sumC × a) / (a × c). */
    private static BigDecimal differenceOfMeans(BigDecimal sumA, int a, BigDecimal sumC, int c) {
        return sumA.multiply(BigDecimal.valueOf(c)).subtract(sumC.multiply(BigDecimal.valueOf(a)))
                .divide(BigDecimal.valueOf((long) a * c), SCALE, RoundingMode.HALF_UP);
    }

    /** value - mean(others), exactly, rounded once; null when {@code others} is empty. */
    private static BigDecimal minusMean(BigDecimal value, List<BigDecimal> others) {
        if (others.isEmpty()) {
            return null;
        }
        return differenceOfMeans(value, 1, others.stream().reduce(BigDecimal.ZERO, BigDecimal::add), others.size());
    }
}
