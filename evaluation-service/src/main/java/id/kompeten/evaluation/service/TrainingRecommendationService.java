package id.kompeten.evaluation.service;

import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.CompetencyReplica;
import id.kompeten.catalogreplica.CourseCompetencyReplica;
import id.kompeten.catalogreplica.CourseReplica;
import id.kompeten.catalogreplica.SessionReplica;
import id.kompeten.contracts.catalog.SessionStatus;
import id.kompeten.evaluation.domain.EmployeeRepository;
import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.domain.ReportingQueries;
import id.kompeten.evaluation.domain.ServiceUnit;
import id.kompeten.evaluation.domain.ServiceUnitRepository;
import id.kompeten.evaluation.domain.SkmCompetencyMapping;
import id.kompeten.evaluation.domain.SkmMapSource;
import id.kompeten.evaluation.domain.SkmResult;
import id.kompeten.evaluation.domain.TrainingNeeds;
import id.kompeten.evaluation.domain.UnitGapAggregation;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.i18n.Languages;
import id.kompeten.platform.i18n.Messages;
import id.kompeten.platform.runtime.AgencyConfig;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Training recommendations of an organisational unit: from its service units' weak SKM elements (through the agency's
 * element → competency map) and its staff's gaps against their position standards ({@link TrainingNeeds}), the
 * competencies to develop, each with its reason in Indonesian and English and the published courses that develop it
 * with their upcoming open sessions (catalogue replica). Read-only.
 */
@ApplicationScoped
public class TrainingRecommendationService {

    /** The resource named in 404s. */
    public static final String RESOURCE = "OrgUnit";
    /** Complete months the default period covers. */
    static final int DEFAULT_MONTHS = 3;

    private final OrgUnitAccess access;
    private final ServiceUnitRepository serviceUnits;
    private final EmployeeRepository employees;
    private final ReportingQueries queries;
    private final SkmCompetencyMapService maps;
    private final CompetencyGapService gaps;
    private final CatalogReplica catalog;
    private final AgencyConfig agency;
    private final Clock clock;

    TrainingRecommendationService(OrgUnitAccess access, ServiceUnitRepository serviceUnits,
            EmployeeRepository employees, ReportingQueries queries, SkmCompetencyMapService maps, CompetencyGapService gaps,
            CatalogReplica catalog, AgencyConfig agency, Clock clock) {
        this.access = access;
        this.serviceUnits = serviceUnits;
        this.employees = employees;
        this.queries = queries;
        this.maps = maps;
        this.gaps = gaps;
        this.catalog = catalog;
        this.agency = agency;
        this.clock = clock;
    }

    /**
     * The unit's recommendations over {@code periodText} (month, quarter, semester or year), or when null the last
     * {@value #DEFAULT_MONTHS} complete months in the agency's zone. 403 when the caller may not read the unit, 400
     * naming {@code period}, 404 when no service unit has the unit as parent and no employee belongs to it.
     */
    @Transactional
    public TrainingRecommendations of(String unitCode, String periodText) {
        access.requireReadable(unitCode);
        YearMonth first;
        YearMonth last;
        if (periodText == null) {
            last = YearMonth.now(clock.withZone(agency.zone())).minusMonths(1);
            first = last.minusMonths(DEFAULT_MONTHS - 1L);
        } else {
            Period period = Period.parse(periodText);
            first = period.firstMonth();
            last = period.lastMonth();
        }
        List<ServiceUnit> units = serviceUnits.matching(null, unitCode, Sort.by("code")).list();
        if (units.isEmpty() && employees.count("unitCode", unitCode) == 0) {
            throw new NotFoundProblem(RESOURCE, unitCode);
        }
        // One read for all the unit's service units; their months summed together.
        SkmResult total = SkmResult.empty();
        for (Map<YearMonth, SkmResult> months : queries.skmMonths(units.stream().map(ServiceUnit::code).toList(),
                first, last).values()) {
            total = total.plus(SkmResult.sumOf(months, first, last));
        }
        String unitsAgency = agencyOf(units);
        SkmMapSource source = null;
        SkmCompetencyMapping mapping = SkmCompetencyMapping.DEFAULTS;
        if (unitsAgency != null) {
            Optional<SkmCompetencyMapping> own = maps.ownMapping(unitsAgency);
            source = own.isPresent() ? SkmMapSource.AGENCY : SkmMapSource.DEFAULT;
            mapping = own.orElse(SkmCompetencyMapping.DEFAULTS);
        }
        List<TrainingNeeds.WeakElement> weak = TrainingNeeds.weakElements(total);
        UnitGaps staffGaps = gaps.gapsOf(unitCode, null);
        UnitGapAggregation.Result totals = staffGaps.totals();
        List<TrainingNeeds.Need> needs = TrainingNeeds.of(weak, mapping, totals.competencies());

        Map<String, CompetencyReplica> names = catalog.competencies(
                needs.stream().map(TrainingNeeds.Need::competencyCode).toList());
        LocalDate today = LocalDate.now(clock.withZone(agency.zone()));
        List<TrainingRecommendations.Item> items = new ArrayList<>();
        for (TrainingNeeds.Need need : needs) {
            items.add(new TrainingRecommendations.Item(need, names.get(need.competencyCode()),
                    reason(need, Languages.INDONESIAN), reason(need, Languages.ENGLISH),
                    courses(need.competencyCode(), today)));
        }
        return new TrainingRecommendations(unitCode, periodText, first, last,
                units.stream().map(ServiceUnit::code).toList(), unitsAgency, source, total, weak,
                new TrainingRecommendations.Staff(totals.staff(), totals.staffWithStandard(),
                        totals.staffWithoutStandard()),
                items);
    }

    /** The service units' agency; the most frequent when they differ (ties by name); null without units. */
    private static String agencyOf(List<ServiceUnit> units) {
        return units.stream().collect(Collectors.groupingBy(unit -> unit.details().agency(), Collectors.counting()))
                .entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Published courses developing the competency (highest level reached first), each with its open sessions. */
    private List<TrainingRecommendations.Course> courses(String competencyCode, LocalDate today) {
        List<TrainingRecommendations.Course> courses = new ArrayList<>();
        for (CourseReplica course : catalog.publishedCoursesReaching(competencyCode, 1)) {
            int level = course.competencies().stream().filter(line -> line.code().equals(competencyCode))
                    .mapToInt(CourseCompetencyReplica::level).max().orElse(0);
            List<SessionReplica> sessions = catalog.sessionsOfCourse(course.id()).stream()
                    .filter(session -> open(session, today)).toList();
            courses.add(new TrainingRecommendations.Course(course, level, sessions));
        }
        courses.sort(Comparator.comparingInt((TrainingRecommendations.Course course) -> -course.level())
                .thenComparing(course -> course.sessions().isEmpty())
                .thenComparing(course -> course.course().title()));
        return courses;
    }

    /** Open for enrollment now and starting after today. */
    private static boolean open(SessionReplica session, LocalDate today) {
        return session.status() == SessionStatus.OPEN && session.startDate().isAfter(today)
                && !session.enrollmentClosesOn().isBefore(today);
    }

    private static String reason(TrainingNeeds.Need need, Locale locale) {
        Messages messages = Messages.forLocale(locale);
        boolean indonesian = "id".equals(locale.getLanguage());
        List<String> parts = new ArrayList<>();
        for (TrainingNeeds.WeakElement element : need.elements()) {
            parts.add(messages.format("recommendation.reason.skm",
                    indonesian ? element.element().labelId() : element.element().labelEn(), element.element().name(),
                    number(element.nrr(), indonesian), number(element.score(), indonesian), element.grade().name()));
        }
        if (need.gap() != null) {
            parts.add(messages.format("recommendation.reason.gap", need.gap().belowStandard(),
                    need.gap().staffMeasured(), number(need.gap().meanGap(), indonesian)));
        }
        return String.join("; ", parts) + ".";
    }

    /** Decimals as written: a comma in Indonesian, a point in English. */
    private static String number(BigDecimal value, boolean indonesian) {
        String plain = value.toPlainString();
        return indonesian ? plain.replace('.', ',') : plain;
    }
}
