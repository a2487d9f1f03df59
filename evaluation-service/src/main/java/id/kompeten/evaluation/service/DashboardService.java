package id.kompeten.evaluation.service;

import id.kompeten.evaluation.config.ReportingConfig;
import id.kompeten.evaluation.domain.OperationalRecord;
import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.domain.ReportingPeriods;
import id.kompeten.evaluation.domain.ReportingQueries;
import id.kompeten.evaluation.domain.SkmResult;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.runtime.AgencyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agency overview ops dashboards poll. Its cost does not grow in queries with the number of units: one read each
 * for the agency's units, their SKM months of both periods, their operational records, and (StaffReport) the parent
 * units' staff, completions, JP per person, standards, levels and competency names. Read-only; who may call it is the
 * resource's rule (ADMIN, EVALUATOR, INTEGRATION).
 */
@ApplicationScoped
public class DashboardService {

    /** Query parameter name, for 400s. */
    public static final String AGENCY = "agency";

    private final ReportingQueries queries;
    private final StaffReport staff;
    private final ReportingConfig config;
    private final TrainingEffectService effects;
    private final AgencyConfig agencyConfig;
    private final Clock clock;

    DashboardService(ReportingQueries queries, StaffReport staff, ReportingConfig config,
            TrainingEffectService effects, AgencyConfig agencyConfig, Clock clock) {
        this.queries = queries;
        this.staff = staff;
        this.config = config;
        this.effects = effects;
        this.agencyConfig = agencyConfig;
        this.clock = clock;
    }

    /**
     * 400 naming {@code agency} when blank, {@code period} when not a period. An agency without service units answers
     * an empty list, not 404: agencies are names, not records.
     *
     * @param periodText null for the last complete quarter (agency zone)
     */
    @Transactional
    public DashboardOverview overview(String agency, String periodText) {
        if (agency == null || agency.isBlank()) {
            throw new InvalidInputProblem(AGENCY, "validation.dashboard.agency-required");
        }
        Period period = periodText == null
                ? ReportingPeriods.lastComplete(Period.Kind.QUARTER, LocalDate.now(clock.withZone(agencyConfig.zone())))
                : Period.parse(periodText);
        Period previous = ReportingPeriods.previous(period);
        List<ReportingQueries.UnitName> units = queries.unitsOfAgency(agency.strip());
        List<String> codes = units.stream().map(ReportingQueries.UnitName::code).toList();
        Map<String, Map<YearMonth, SkmResult>> skm = queries.skmMonths(codes, previous.firstMonth(),
                period.lastMonth());
        Map<String, List<OperationalRecord>> operations = queries.operations(codes, period.firstMonth(),
                period.lastMonth());
        Set<String> parents = new LinkedHashSet<>();
        units.forEach(unit -> parents.add(unit.parentUnitCode()));
        StaffReport.Figures people = staff.of(parents, period, config.dashboardTopGaps());

        SkmResult total = SkmResult.empty();
        SkmResult previousTotal = SkmResult.empty();
        List<DashboardOverview.UnitLine> lines = new java.util.ArrayList<>();
        for (ReportingQueries.UnitName unit : units) {
            Map<YearMonth, SkmResult> months = skm.getOrDefault(unit.code(), Map.of());
            SkmResult current = SkmResult.sumOf(months, period.firstMonth(), period.lastMonth());
            SkmResult before = SkmResult.sumOf(months, previous.firstMonth(), previous.lastMonth());
            total = total.plus(current);
            previousTotal = previousTotal.plus(before);
            List<OperationalRecord> records = operations.getOrDefault(unit.code(), List.of());
            lines.add(new DashboardOverview.UnitLine(unit.code(), unit.name(), unit.parentUnitCode(), current, before,
                    OperationsSummary.of(records), people.units().get(unit.parentUnitCode())));
        }
        return new DashboardOverview(agency.strip(), period, previous, lines, new DashboardOverview.Totals(
                units.size(), total, previousTotal, people.overall().staff(), people.overall()), people.topGaps(),
                top(effects.coursesOfAgency(agency.strip()), config.dashboardTopCourses()));
    }

    private static <T> List<T> top(List<T> ranked, int count) {
        return ranked.size() <= count ? ranked : List.copyOf(ranked.subList(0, count));
    }
}
