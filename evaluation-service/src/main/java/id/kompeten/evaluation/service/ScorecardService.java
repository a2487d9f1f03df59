package id.kompeten.evaluation.service;

import id.kompeten.evaluation.config.ReportingConfig;
import id.kompeten.evaluation.domain.OperationalRecord;
import id.kompeten.evaluation.domain.OperationalRecordRepository;
import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.domain.ReportingPeriods;
import id.kompeten.evaluation.domain.ServiceUnit;
import id.kompeten.evaluation.domain.SkmResult;
import id.kompeten.evaluation.domain.SkmStore;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.runtime.AgencyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A service unit's scorecard: the last N complete periods (months or quarters, ending with the last complete one in
 * the agency's calendar) of SKM and operational figures, and its parent unit's staff this year (trained share, 20-JP
 * compliance, top competency gaps; see {@link StaffReport}). Read-only.
 */
@ApplicationScoped
public class ScorecardService {

    /** Query parameter names, for 400s. */
    public static final String PERIODS = "periods";
    public static final String GRANULARITY = "granularity";
    public static final int MAX_PERIODS = 24;
    public static final int DEFAULT_PERIODS = 4;

    private final ServiceUnitAccess access;
    private final SkmStore skm;
    private final OperationalRecordRepository operations;
    private final StaffReport staff;
    private final ReportingConfig config;
    private final TrainingEffectService effects;
    private final AgencyConfig agency;
    private final Clock clock;

    ScorecardService(ServiceUnitAccess access, SkmStore skm, OperationalRecordRepository operations,
            StaffReport staff, ReportingConfig config, TrainingEffectService effects, AgencyConfig agency,
            Clock clock) {
        this.access = access;
        this.skm = skm;
        this.operations = operations;
        this.staff = staff;
        this.config = config;
        this.effects = effects;
        this.agency = agency;
        this.clock = clock;
    }

    /**
     * 404 unknown unit, 403 a caller who may not read it, 400 naming {@code periods} (not 1..24) or
     * {@code granularity} (not MONTH or QUARTER).
     *
     * @param periods     null for {@value #DEFAULT_PERIODS}
     * @param granularity null for QUARTER
     */
    @Transactional
    public Scorecard of(String code, Integer periods, String granularity) {
        Period.Kind kind = granularity(granularity);
        int count = periods == null ? DEFAULT_PERIODS : periods;
        if (count < 1 || count > MAX_PERIODS) {
            throw new InvalidInputProblem(PERIODS, "validation.scorecard.periods", count, MAX_PERIODS);
        }
        ServiceUnit unit = access.requireReadable(code);
        LocalDate today = LocalDate.now(clock.withZone(agency.zone()));
        List<Period> trend = ReportingPeriods.lastComplete(kind, count, today);
        YearMonth first = trend.get(0).firstMonth();
        YearMonth last = trend.get(trend.size() - 1).lastMonth();
        Map<YearMonth, SkmResult> months = skm.months(code, first, last);
        List<OperationalRecord> records = operations.ofMonths(code, first, last);
        List<Scorecard.PeriodFigures> figures = trend.stream().map(period -> new Scorecard.PeriodFigures(period,
                        SkmResult.sumOf(months, period.firstMonth(), period.lastMonth()),
                        OperationsSummary.of(records.stream()
                                .filter(record -> period.contains(YearMonth.from(record.key().monthStart())))
                                .toList())))
                .toList();
        Period year = Period.parse(String.valueOf(today.getYear()));
        String parent = unit.parentUnitCode();
        StaffReport.Figures people = staff.of(List.of(parent), year, config.scorecardTopGaps());
        ServiceUnit.Details details = unit.details();
        return new Scorecard(code, details.name(), details.agency(), parent, kind, figures, year.year(),
                people.units().get(parent), people.topGaps(), effects.ofServiceUnit(code).sessions());
    }

    private static Period.Kind granularity(String text) {
        if (text == null) {
            return Period.Kind.QUARTER;
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        if (upper.equals(Period.Kind.MONTH.name()) || upper.equals(Period.Kind.QUARTER.name())) {
            return Period.Kind.valueOf(upper);
        }
        throw new InvalidInputProblem(GRANULARITY, "validation.scorecard.granularity", text);
    }
}
