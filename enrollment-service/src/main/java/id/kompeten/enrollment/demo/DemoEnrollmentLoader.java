package id.kompeten.enrollment.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.SessionDayReplica;
import id.kompeten.catalogreplica.SessionReplica;
import id.kompeten.contracts.catalog.SessionStatus;
import id.kompeten.contracts.enrollment.AttendanceStatus;
import id.kompeten.enrollment.domain.AssessmentKind;
import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.enrollment.domain.EnrollmentRepository;
import id.kompeten.enrollment.domain.SessionClosureRepository;
import id.kompeten.enrollment.service.AttendanceEntry;
import id.kompeten.enrollment.service.CompletionService;
import id.kompeten.enrollment.service.EnrollmentService;
import id.kompeten.enrollment.service.ScoreEntry;
import id.kompeten.enrollment.service.SessionResultsService;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.runtime.DemoDataConfig;
import id.kompeten.platform.runtime.DemoJobs;
import id.kompeten.platform.runtime.DemoResources;
import id.kompeten.platform.security.Roles;
import id.kompeten.platform.security.SystemCaller;
import id.kompeten.platform.runtime.AgencyConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives the demo people enrollments for the local run ({@code kompeten.demo-data.enabled=true}): earlier runs held,
 * with attendance, scores, the close and its certificates; a cancelled run; upcoming sessions with requests pending,
 * approved into a seat or onto the waitlist, rejected and withdrawn. The sessions reach this service through the
 * catalogue's events some seconds after both services start, so it tries every few seconds until they are all there.
 * Idempotent: a person who has an enrollment in a session is left as they are, a closed session is not touched.
 */
@ApplicationScoped
public class DemoEnrollmentLoader {

    private static final String RESOURCE = "demo/enrollments.json";
    private static final String JOB = "Demo enrollments";
    /** How long to wait for the catalogue's demo sessions before giving up (the log says so). */
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final boolean enabled;
    private final ObjectMapper json;
    private final DemoJobs jobs;
    private final SystemCaller systemCaller;
    private final DemoPeopleLoader people;
    private final DemoHistory history;
    private final CatalogReplica catalog;
    private final EnrollmentRepository enrollments;
    private final SessionClosureRepository closures;
    private final EnrollmentService enrollmentService;
    private final SessionResultsService results;
    private final CompletionService completion;
    private final AgencyConfig agency;

    DemoEnrollmentLoader(DemoDataConfig config, ObjectMapper json, DemoJobs jobs, SystemCaller systemCaller,
            DemoPeopleLoader people, DemoHistory history, CatalogReplica catalog, EnrollmentRepository enrollments,
            SessionClosureRepository closures, EnrollmentService enrollmentService, SessionResultsService results,
            CompletionService completion, AgencyConfig agency) {
        this.enabled = config.enabled();
        this.json = json;
        this.jobs = jobs;
        this.systemCaller = systemCaller;
        this.people = people;
        this.history = history;
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.closures = closures;
        this.enrollmentService = enrollmentService;
        this.results = results;
        this.completion = completion;
        this.agency = agency;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            jobs.untilDone(JOB, PATIENCE, this::load);
        }
    }

    /**
     * Adds what is missing of the demo enrollments; empty when done, otherwise the code of a demo session the
     * catalogue replica does not hold yet (nothing is written then).
     */
    public Optional<String> load() {
        DemoEnrollments demo = read();
        people.load();
        return systemCaller.call(DemoPeopleLoader.CALLER, Roles.ADMIN, () -> {
            Map<String, SessionReplica> sessions = new LinkedHashMap<>();
            List<String> codes = new ArrayList<>();
            demo.held().forEach(held -> codes.add(held.session()));
            demo.cancelled().forEach(cancelled -> codes.add(cancelled.session()));
            demo.upcoming().forEach(upcoming -> codes.add(upcoming.session()));
            for (String code : codes) {
                Optional<SessionReplica> session = catalog.sessionByCode(code)
                        .filter(found -> catalog.course(found.courseId()).isPresent())
                        .filter(found -> settled(code, found, demo));
                if (session.isEmpty()) {
                    return Optional.of(code);
                }
                sessions.put(code, session.get());
            }
            demo.held().forEach(held -> hold(sessions.get(held.session()), held));
            demo.cancelled().forEach(cancelled -> history.cancelled(sessions.get(cancelled.session()),
                    cancelled.people(), agency.zone()));
            demo.upcoming().forEach(upcoming -> enroll(sessions.get(upcoming.session()), upcoming));
            return Optional.<String>empty();
        });
    }

    /** The replica holds the session in the state the demo needs: completed, cancelled, or taking enrollments. */
    private static boolean settled(String code, SessionReplica session, DemoEnrollments demo) {
        if (demo.held().stream().anyMatch(held -> held.session().equals(code))) {
            return session.status() == SessionStatus.COMPLETED;
        }
        if (demo.cancelled().stream().anyMatch(cancelled -> cancelled.session().equals(code))) {
            return session.status() == SessionStatus.CANCELLED;
        }
        return session.status() == SessionStatus.OPEN || session.status() == SessionStatus.FULL;
    }

    private void hold(SessionReplica session, DemoEnrollments.Held held) {
        if (closures.findByIdOptional(session.id()).isPresent()) {
            return;
        }
        history.confirmed(session, held.people().stream().map(DemoEnrollments.Result::nip).toList(),
                agency.zone());
        List<LocalDate> days = session.days().stream().map(SessionDayReplica::date).sorted().toList();
        List<AttendanceEntry> attendance = new ArrayList<>();
        List<ScoreEntry> scores = new ArrayList<>();
        for (DemoEnrollments.Result result : held.people()) {
            for (int d = 1; d <= days.size(); d++) {
                AttendanceStatus status = contains(result.absentDays(), d) ? AttendanceStatus.ABSENT
                        : contains(result.excusedDays(), d) ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT;
                attendance.add(new AttendanceEntry(result.nip(), days.get(d - 1), status));
            }
            scores.add(new ScoreEntry(result.nip(), AssessmentKind.PRE, result.pre()));
            scores.add(new ScoreEntry(result.nip(), AssessmentKind.POST, result.post()));
        }
        results.recordAttendance(session.id(), attendance);
        results.recordScores(session.id(), scores);
        if (!held.leaveOpen()) {
            completion.close(session.id());
        }
    }

    private void enroll(SessionReplica session, DemoEnrollments.Upcoming upcoming) {
        for (DemoEnrollments.Request request : upcoming.requests()) {
            if (enrollments.existsFor(session.id(), request.nip())) {
                continue;
            }
            Enrollment requested = enrollmentService.request(request.nip(), session.id());
            switch (request.then()) {
                case PENDING -> {
                }
                case APPROVE -> enrollmentService.approve(requested.id(), anyVersion());
                case REJECT -> enrollmentService.reject(requested.id(), request.reason(), anyVersion());
                case WITHDRAW -> {
                    enrollmentService.approve(requested.id(), anyVersion());
                    enrollmentService.withdraw(requested.id(), request.reason(), anyVersion());
                }
            }
        }
    }

    private static boolean contains(List<Integer> days, int day) {
        return days != null && days.contains(day);
    }

    private static VersionPrecondition anyVersion() {
        return VersionPrecondition.fromIfMatch("*");
    }

    public DemoEnrollments read() {
        return DemoResources.read(json, RESOURCE, DemoEnrollments.class);
    }
}
