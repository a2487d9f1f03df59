package id.kompeten.training.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.contracts.catalog.CourseStatus;
import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.contracts.catalog.SessionStatus;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.runtime.DemoDataConfig;
import id.kompeten.platform.runtime.DemoResources;
import id.kompeten.training.demo.DemoCatalogue.DemoCourse;
import id.kompeten.training.demo.DemoCatalogue.DemoProvider;
import id.kompeten.training.demo.DemoCatalogue.DemoRegion;
import id.kompeten.training.demo.DemoCatalogue.DemoSession;
import id.kompeten.training.domain.CompetencyRepository;
import id.kompeten.training.domain.Course;
import id.kompeten.training.domain.CourseRepository;
import id.kompeten.training.domain.CourseSession;
import id.kompeten.training.domain.CourseSessionRepository;
import id.kompeten.training.domain.Provider;
import id.kompeten.training.domain.ProviderRepository;
import id.kompeten.training.rest.CompetencyRequest;
import id.kompeten.training.rest.CourseRequest;
import id.kompeten.training.rest.ProviderAccreditationDto;
import id.kompeten.training.rest.ProviderRequest;
import id.kompeten.training.rest.SessionDayDto;
import id.kompeten.training.rest.SessionRegionDto;
import id.kompeten.training.rest.SessionRequest;
import id.kompeten.training.service.CompetencyService;
import id.kompeten.training.service.CourseService;
import id.kompeten.training.service.ProviderService;
import id.kompeten.training.service.SessionService;
import id.kompeten.platform.runtime.AgencyConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Loads the demo catalogue of the two seed cities for the local run ({@code kompeten.demo-data.enabled=true}). It goes
 * through the services, so the demo emits the same events as real use and the other services' replicas fill up.
 * Idempotent by natural key (competency code, provider name, course and session code): a second start, or a second
 * instance racing this one, adds nothing and finishes what an interrupted load left half done.
 */
@ApplicationScoped
public class DemoCatalogueLoader {

    private static final Logger LOG = Logger.getLogger(DemoCatalogueLoader.class);
    private static final String RESOURCE = "demo/catalogue.json";
    /** Sessions of a course in the next region start this many weeks after the previous region's. */
    private static final int REGION_STAGGER_WEEKS = 2;
    private static final int JP_PER_DAY = 8;
    /** Enrollment closes this long before a session starts, leaving time for supervisor approvals. */
    private static final int CLOSE_DAYS_BEFORE_START = 7;
    /** How long an earlier run's enrollment window was open. */
    private static final int HELD_WINDOW_WEEKS = 4;

    private final boolean enabled;
    private final ObjectMapper json;
    private final CompetencyService competencyService;
    private final ProviderService providerService;
    private final CourseService courseService;
    private final SessionService sessionService;
    private final CompetencyRepository competencies;
    private final ProviderRepository providers;
    private final CourseRepository courses;
    private final CourseSessionRepository sessions;
    private final AgencyConfig agency;

    DemoCatalogueLoader(DemoDataConfig config, ObjectMapper json, CompetencyService competencyService, ProviderService providerService,
            CourseService courseService, SessionService sessionService, CompetencyRepository competencies,
            ProviderRepository providers, CourseRepository courses, CourseSessionRepository sessions,
            AgencyConfig agency) {
        this.enabled = config.enabled();
        this.agency = agency;
        this.json = json;
        this.competencyService = competencyService;
        this.providerService = providerService;
        this.courseService = courseService;
        this.sessionService = sessionService;
        this.competencies = competencies;
        this.providers = providers;
        this.courses = courses;
        this.sessions = sessions;
    }

    @ActivateRequestContext
    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        try {
            DemoLoadResult result = load(LocalDate.now(agency.zone()));
            LOG.infof("Demo catalogue: %s", result);
        } catch (RuntimeException e) {
            // The service stays useful without its demo data; the log says what to fix.
            LOG.error("Demo catalogue could not be loaded", e);
        }
    }

    /** Adds what is missing of the demo catalogue, with session dates counted from {@code today}. */
    @ActivateRequestContext
    public DemoLoadResult load(LocalDate today) {
        DemoCatalogue demo = read();
        int added = 0;
        for (CompetencyRequest competency : demo.competencies()) {
            if (competencies.findByIdOptional(competency.code()).isEmpty()
                    && createdUnlessRaced(() -> competencyService.define(competency.code(), competency.toDefinition(),
                            null))) {
                added++;
            }
        }
        for (DemoProvider provider : demo.providers()) {
            if (providers.findByName(provider.provider().name()).isEmpty()
                    && createdUnlessRaced(() -> providerService.register(accredited(provider, today).toDefinition(),
                            null))) {
                added++;
            }
        }
        for (DemoCourse course : demo.courses()) {
            if (courses.findByCode(course.course().code()).isEmpty()
                    && createdUnlessRaced(() -> courseService.create(withProvider(course), null))) {
                added++;
            }
            Course stored = fresh(() -> courses.findByCode(course.course().code()).orElseThrow());
            // Only a draft left by an interrupted load; a course someone archived since stays archived.
            if (stored.status() == CourseStatus.DRAFT) {
                courseService.publish(stored.id(), anyVersion());
            }
        }
        LocalDate firstMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        int sessionCount = 0;
        for (DemoSession session : demo.sessions()) {
            Course course = courses.findByCode(session.course()).orElseThrow(
                    () -> new IllegalStateException(RESOURCE + ": session of unknown course " + session.course()));
            for (int r = 0; r < demo.regions().size(); r++) {
                DemoRegion region = demo.regions().get(r);
                if (!session.runsIn(region)) {
                    continue;
                }
                sessionCount++;
                LocalDate start = firstMonday.plusWeeks(session.startsInWeeks() + (long) r * REGION_STAGGER_WEEKS);
                SessionRequest request = sessionRequest(session, course, region, today, start);
                if (sessions.findByCode(request.code()).isEmpty()
                        && createdUnlessRaced(() -> sessionService.schedule(course.id(), request.toPlan(), null))) {
                    added++;
                }
                CourseSession stored = fresh(() -> sessions.findByCode(request.code()).orElseThrow());
                String id = stored.id();
                SessionStatus status = stored.status();
                if (session.opens() && status == SessionStatus.DRAFT) {
                    status = sessionService.open(id, anyVersion()).status();
                }
                // An earlier run is walked through its whole life, each step where an interrupted load left it.
                if (session.held() && request.endDate().isBefore(today)) {
                    if (status == SessionStatus.OPEN || status == SessionStatus.FULL) {
                        status = sessionService.start(id, anyVersion()).status();
                    }
                    if (status == SessionStatus.RUNNING) {
                        sessionService.complete(id, anyVersion());
                    }
                }
                if (session.cancelled() != null && (status == SessionStatus.OPEN || status == SessionStatus.FULL)) {
                    sessionService.cancel(id, session.cancelled(), anyVersion());
                }
            }
        }
        return new DemoLoadResult(added, demo.competencies().size(), demo.providers().size(), demo.courses().size(),
                sessionCount);
    }


    /**
     * Reads in a transaction of its own: a read outside one would use the request's persistence context, which still
     * holds the record as this load found it before a service changed it (a second load in one request published
     * a course again).
     */
    private static <T> T fresh(Supplier<T> read) {
        return QuarkusTransaction.requiringNew().call(read::get);
    }

    /** How much of the demo this start created, next to the demo's size. */
    public record DemoLoadResult(int added, int competencies, int providers, int courses, int sessions) {

        @Override
        public String toString() {
            return String.format("%d records added (the demo has %d competencies, %d providers, %d courses, %d sessions)",
                    added, competencies, providers, courses, sessions);
        }
    }

    private DemoCatalogue read() {
        return DemoResources.read(json, RESOURCE, DemoCatalogue.class);
    }

    /** Runs a create; a conflict means another instance created the same record a moment ago, which is fine. */
    private static boolean createdUnlessRaced(Supplier<?> create) {
        try {
            create.get();
            return true;
        } catch (ConflictProblem raced) {
            return false;
        }
    }

    private static VersionPrecondition anyVersion() {
        return VersionPrecondition.fromIfMatch("*");
    }

    private static ProviderRequest accredited(DemoProvider demo, LocalDate today) {
        ProviderRequest provider = demo.provider();
        ProviderAccreditationDto accreditation = provider.accreditation();
        return new ProviderRequest(provider.type(), provider.name(), provider.contact(),
                new ProviderAccreditationDto(accreditation.status(), accreditation.body(),
                        today.plusYears(demo.accreditedForYears())));
    }

    private CourseRequest withProvider(DemoCourse demo) {
        Provider provider = providers.findByName(demo.provider()).orElseThrow(
                () -> new IllegalStateException(RESOURCE + ": course " + demo.course().code() + " of unknown provider "
                        + demo.provider()));
        CourseRequest course = demo.course();
        return new CourseRequest(course.code(), course.title(), course.description(), course.objectives(),
                course.competencies(), course.methods(), course.deliveryMode(), course.jp(), provider.id(),
                course.passRules(), course.targetAudience());
    }

    /** Weekdays from {@code start}, {@value #JP_PER_DAY} JP a day until the course's JP are used up. */
    private static SessionRequest sessionRequest(DemoSession session, Course course, DemoRegion region,
            LocalDate today, LocalDate start) {
        List<SessionDayDto> schedule = new ArrayList<>();
        LocalDate day = start;
        for (int remaining = course.jp(); remaining > 0; remaining -= JP_PER_DAY) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            schedule.add(new SessionDayDto(day, Math.min(JP_PER_DAY, remaining), null));
            day = day.plusDays(1);
        }
        DeliveryMode mode = course.deliveryMode();
        LocalDate closes = start.minusDays(CLOSE_DAYS_BEFORE_START);
        // Upcoming runs take enrollments from today; an earlier run took them in the weeks before it.
        LocalDate opens = session.held() ? closes.minusWeeks(HELD_WINDOW_WEEKS) : today;
        return new SessionRequest(String.format(Locale.ROOT, "%s-%s-%02d", session.course(), region.shortName(),
                session.runNumber()), start, schedule.get(schedule.size() - 1).date(), schedule,
                new SessionRegionDto(region.code(), region.name()), mode == DeliveryMode.ONLINE ? null : region.venue(),
                mode == DeliveryMode.CLASSROOM ? null : session.onlineLink(), session.capacity(), opens, closes,
                session.trainers());
    }
}
