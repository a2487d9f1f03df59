package id.kompeten.evaluation.service;

import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.CompetencyReplica;
import id.kompeten.evaluation.config.ReportingConfig;
import id.kompeten.evaluation.domain.JpCompliance;
import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.domain.PositionStandard;
import id.kompeten.evaluation.domain.PositionStandardRepository;
import id.kompeten.evaluation.domain.ReportingQueries;
import id.kompeten.evaluation.domain.ReportingQueries.StaffMember;
import id.kompeten.evaluation.domain.StandardRequirement;
import id.kompeten.evaluation.domain.UnitGapAggregation;
import id.kompeten.evaluation.domain.UnitTrainingFigures;
import id.kompeten.platform.runtime.AgencyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The staff side of the scorecard and the dashboard, for any number of organisational units in a fixed number of
 * queries: per unit the active staff, the training figures of {@link UnitTrainingFigures} (its trained share: staff
 * trained from January 1 to the end of the period / active staff), the 20-JP compliance ({@link JpCompliance}, JP of
 * the same months), and across all of them the competencies most staff are below standard on
 * ({@link UnitGapAggregation}: each person against their own position's standard).
 */
@ApplicationScoped
public class StaffReport {

    private final ReportingQueries queries;
    private final PositionStandardRepository standards;
    private final CatalogReplica catalog;
    private final ReportingConfig config;
    private final AgencyConfig agency;

    StaffReport(ReportingQueries queries, PositionStandardRepository standards, CatalogReplica catalog,
            ReportingConfig config, AgencyConfig agency) {
        this.queries = queries;
        this.standards = standards;
        this.catalog = catalog;
        this.config = config;
        this.agency = agency;
    }

    /** One competency of the top gaps, with its names from the catalogue replica (null when it has none). */
    public record Gap(String competencyCode, String nameId, String nameEn, int staffMeasured, int belowStandard,
            BigDecimal meanGap) {
    }

    /** One organisational unit's staff figures. */
    public record Unit(long activeStaff, UnitTrainingFigures training, JpCompliance compliance) {
    }

    /**
     * @param units      by organisational unit code
     * @param overall    the compliance of all the units' staff together
     * @param topGaps    most staff below standard first
     */
    public record Figures(Map<String, Unit> units, JpCompliance overall, List<Gap> topGaps) {
    }

    /**
     * The figures of {@code orgUnits} from January 1 of {@code asOf}'s year to its last day, with the
     * {@code topGaps} worst competencies.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Figures of(Collection<String> orgUnits, Period asOf, int topGaps) {
        ZoneId zone = agency.zone();
        Instant from = YearMonth.of(asOf.year(), 1).atDay(1).atStartOfDay(zone).toInstant();
        Instant to = asOf.lastDay().plusDays(1).atStartOfDay(zone).toInstant();
        List<StaffMember> staff = queries.activeStaff(orgUnits);
        Map<String, List<UnitTrainingFigures.Completion>> completions = queries.completions(orgUnits, from, to, zone);
        Map<String, Integer> jp = queries.jpOfActiveStaff(orgUnits, from, to);
        int minimum = config.jpMinimum();

        Map<String, List<String>> nipsByUnit = staff.stream().collect(Collectors.groupingBy(StaffMember::unitCode,
                Collectors.mapping(StaffMember::nip, Collectors.toList())));
        Map<String, Unit> units = new HashMap<>();
        for (String unit : Set.copyOf(orgUnits)) {
            List<String> nips = nipsByUnit.getOrDefault(unit, List.of());
            units.put(unit, new Unit(nips.size(),
                    UnitTrainingFigures.of(completions.getOrDefault(unit, List.of()), asOf, nips.size()),
                    JpCompliance.of(nips, jp, minimum)));
        }
        JpCompliance overall = JpCompliance.of(staff.stream().map(StaffMember::nip).toList(), jp, minimum);
        return new Figures(units, overall, topGaps(orgUnits, staff, topGaps));
    }

    private List<Gap> topGaps(Collection<String> orgUnits, List<StaffMember> staff, int count) {
        if (staff.isEmpty()) {
            return List.of();
        }
        Map<String, List<StandardRequirement>> byPosition = standards.findByCodes(
                        staff.stream().map(StaffMember::positionCode).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(PositionStandard::positionCode, PositionStandard::requirements));
        if (byPosition.isEmpty()) {
            return List.of(); // nobody's position has a standard: no levels to read
        }
        UnitGapAggregation.Result result = UnitGapAggregation.aggregate(staff.stream()
                        .map(member -> new UnitGapAggregation.Member(member.nip(), member.name(),
                                member.positionCode()))
                        .toList(), byPosition, queries.levelsOfActiveStaff(orgUnits));
        List<UnitGapAggregation.CompetencyTotals> worst = result.competencies().stream()
                .filter(line -> line.belowStandard() > 0).limit(count).toList();
        if (worst.isEmpty()) {
            return List.of();
        }
        Map<String, CompetencyReplica> names = catalog.competencies(
                worst.stream().map(UnitGapAggregation.CompetencyTotals::competencyCode).toList());
        return worst.stream().map(line -> {
            CompetencyReplica name = names.get(line.competencyCode());
            return new Gap(line.competencyCode(), name == null ? null : name.nameId(),
                    name == null ? null : name.nameEn(), line.staffMeasured(), line.belowStandard(), line.meanGap());
        }).toList();
    }
}
