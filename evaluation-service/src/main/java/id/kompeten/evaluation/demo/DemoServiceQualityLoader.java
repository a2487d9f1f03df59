package id.kompeten.evaluation.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.SessionReplica;
import id.kompeten.evaluation.domain.OperationalRecordRepository;
import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.domain.ServiceUnit;
import id.kompeten.evaluation.domain.ServiceUnitRepository;
import id.kompeten.evaluation.domain.SkmStore;
import id.kompeten.evaluation.service.OperationsService;
import id.kompeten.evaluation.service.ServiceUnitService;
import id.kompeten.evaluation.service.SkmService;
import id.kompeten.platform.runtime.AgencyConfig;
import id.kompeten.platform.runtime.DemoDataConfig;
import id.kompeten.platform.runtime.DemoJobs;
import id.kompeten.platform.runtime.DemoResources;
import id.kompeten.platform.security.Roles;
import id.kompeten.platform.security.SystemCaller;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives the local run its service units and their last twelve complete months of SKM responses and operational
 * records ({@code demo/service-quality.json}), through the services as the API would (ADMIN). Units whose staff
 * trained in a demo session get better after that session's end month; their comparison units of the same agency and
 * services do not, apart from the small common trend every unit shares. So the local run's L4, scorecards,
 * recommendations and dashboard show something true. It waits for the catalogue's competencies and sessions; each
 * month is written once (a month with responses or a record is left alone), so it is idempotent.
 */
@ApplicationScoped
public class DemoServiceQualityLoader {

    private static final String RESOURCE = "demo/service-quality.json";
    private static final String JOB = "Demo service-quality data";
    private static final String CALLER = "demo-data";
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final boolean enabled;
    private final ObjectMapper json;
    private final DemoJobs jobs;
    private final SystemCaller systemCaller;
    private final CatalogReplica catalog;
    private final AgencyConfig agency;
    private final ServiceUnitRepository units;
    private final SkmStore skm;
    private final OperationalRecordRepository operations;
    private final ServiceUnitService unitService;
    private final SkmService skmService;
    private final OperationsService operationsService;

    DemoServiceQualityLoader(DemoDataConfig config, ObjectMapper json, DemoJobs jobs, SystemCaller systemCaller,
            CatalogReplica catalog, AgencyConfig agency, ServiceUnitRepository units, SkmStore skm,
            OperationalRecordRepository operations, ServiceUnitService unitService, SkmService skmService,
            OperationsService operationsService) {
        this.enabled = config.enabled();
        this.json = json;
        this.jobs = jobs;
        this.systemCaller = systemCaller;
        this.catalog = catalog;
        this.agency = agency;
        this.units = units;
        this.skm = skm;
        this.operations = operations;
        this.unitService = unitService;
        this.skmService = skmService;
        this.operationsService = operationsService;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            jobs.untilDone(JOB, PATIENCE, this::load);
        }
    }

    /** Adds what is missing; empty when done, otherwise the competency or session it still waits for. */
    public Optional<String> load() {
        DemoServiceQuality demo = DemoResources.read(json, RESOURCE, DemoServiceQuality.class);
        return systemCaller.call(CALLER, Roles.ADMIN, () -> load(demo));
    }

    private Optional<String> load(DemoServiceQuality demo) {
        Set<String> competencies = new TreeSet<>();
        demo.units().forEach(unit -> competencies.addAll(unit.keyCompetencies()));
        Set<String> known = catalog.competencies(competencies).keySet();
        Optional<String> missing = competencies.stream().filter(code -> !known.contains(code)).findFirst();
        if (missing.isPresent()) {
            return missing.map(code -> "competency " + code);
        }
        Map<String, LocalDate> trainingEnds = new HashMap<>();
        for (DemoServiceQuality.Unit unit : demo.units()) {
            String session = unit.history().trainedIn();
            if (session != null) {
                Optional<SessionReplica> found = catalog.sessionByCode(session);
                if (found.isEmpty()) {
                    return Optional.of("session " + session);
                }
                trainingEnds.put(unit.code(), found.get().endDate());
            }
        }
        YearMonth current = YearMonth.from(LocalDate.now(agency.zone()));
        for (DemoServiceQuality.Unit unit : demo.units()) {
            if (!units.exists(unit.code())) {
                unitService.create(unit.code(), new ServiceUnit.Details(unit.name(), unit.agency(),
                        unit.parentUnitCode(), unit.region(), unit.serviceTypes(), unit.keyCompetencies(),
                        unit.frontLineStaff()));
            }
            for (int monthsAgo = demo.months(); monthsAgo >= 1; monthsAgo--) {
                YearMonth month = current.minusMonths(monthsAgo);
                DemoServiceHistory.Month drawn = DemoServiceHistory.draw(unit, demo.commonTrend(), monthsAgo, month,
                        trainingEnds.get(unit.code()));
                if (skm.months(unit.code(), month, month).isEmpty()) {
                    skmService.submit(unit.code(), drawn.responses());
                }
                if (!operations.exists(unit.code(), month.atDay(1))) {
                    operationsService.put(unit.code(), Period.month(month), drawn.operations(), null);
                }
            }
        }
        return Optional.empty();
    }
}
