package id.kompeten.enrollment.service;

import id.kompeten.catalogreplica.CatalogNotSynchronisedProblem.Subject;
import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.CompetencyReplica;
import id.kompeten.catalogreplica.CourseCompetencyReplica;
import id.kompeten.catalogreplica.CourseReplica;
import id.kompeten.catalogreplica.ProviderReplica;
import id.kompeten.catalogreplica.SessionReplica;
import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.enrollment.config.EnrollmentConfig;
import id.kompeten.enrollment.config.TranscriptConfig;
import id.kompeten.enrollment.domain.Completion;
import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.enrollment.domain.EnrollmentRepository;
import id.kompeten.enrollment.domain.EnrollmentStatus;
import id.kompeten.enrollment.domain.JpStanding;
import id.kompeten.enrollment.domain.Participant;
import id.kompeten.enrollment.domain.ParticipantRepository;
import id.kompeten.enrollment.domain.SiasnCategory;
import id.kompeten.enrollment.domain.SiasnCourseRecord;
import id.kompeten.enrollment.domain.SiasnTrainingTypeRepository;
import id.kompeten.enrollment.domain.TranscriptRepository;
import id.kompeten.enrollment.domain.TranscriptRepository.ComplianceRow;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.security.AccessPolicy;
import id.kompeten.platform.security.Owner;
import id.kompeten.platform.runtime.AgencyConfig;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Yearly JP transcripts, a unit's compliance with the JP minimum and the SIASN export, all read from the completion
 * records (which hold what was decided) plus, for what is still to come and for the SIASN kind of a course, the
 * catalogue replica. JP count in the year of the session's end date.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TranscriptService {

    static final String UNIT = "Unit";
    static final String NIP_FORMAT = "validation.report.nip-format";
    static final String YEAR_RANGE = "validation.report.year-range";
    private static final Pattern NUMBER = Pattern.compile("[0-9]{18}");

    private final TranscriptRepository transcripts;
    private final ParticipantRepository participants;
    private final EnrollmentRepository enrollments;
    private final SiasnTrainingTypeRepository trainingTypes;
    private final CatalogReplica catalog;
    private final ParticipantAccess participantAccess;
    private final AccessPolicy policy;
    private final TranscriptConfig config;
    private final EnrollmentConfig enrollmentConfig;
    private final AgencyConfig agency;
    private final Clock clock;

    TranscriptService(TranscriptRepository transcripts, ParticipantRepository participants,
            EnrollmentRepository enrollments, SiasnTrainingTypeRepository trainingTypes, CatalogReplica catalog,
            ParticipantAccess participantAccess, AccessPolicy policy, TranscriptConfig config,
            EnrollmentConfig enrollmentConfig, AgencyConfig agency, Clock clock) {
        this.transcripts = transcripts;
        this.participants = participants;
        this.enrollments = enrollments;
        this.trainingTypes = trainingTypes;
        this.catalog = catalog;
        this.participantAccess = participantAccess;
        this.policy = policy;
        this.config = config;
        this.enrollmentConfig = enrollmentConfig;
        this.agency = agency;
        this.clock = clock;
    }

    /**
     * The person's completed courses of the year, their JP against the minimum and the projection with the confirmed
     * sessions still to be decided. 400 for a malformed number or a year out of range; 404 unless the caller may see
     * the person.
     */
    public TranscriptDetails transcript(String nip, Integer year) {
        int chosen = requireYear(year);
        Participant participant = requireVisible(nip);
        List<CompletedCourse> completed = transcripts.completedOf(participant.nip(), chosen).stream()
                .map(CompletedCourse::of).toList();
        List<UpcomingCourse> upcoming = upcoming(participant.nip(), chosen);
        JpStanding standing = new JpStanding(chosen, enrollmentConfig.yearlyMinimumJp(),
                completed.stream().mapToInt(CompletedCourse::jp).sum(),
                upcoming.stream().mapToInt(UpcomingCourse::jp).sum());
        return new TranscriptDetails(participant.nip(), participant.name(), participant.unitCode(), standing,
                completed, upcoming);
    }

    /**
     * The unit's active participants with their JP of the year, paged and sorted (name, jp, nip), optionally only
     * those below the minimum. 403 unless the caller reads the unit (ADMIN, its UNIT_ADMIN); 404 for a unit nobody is
     * registered in.
     */
    public ComplianceDetails compliance(String unitCode, Integer year, boolean belowMinimumOnly, PageRequest page) {
        int chosen = requireYear(year);
        requireReadsUnit(unitCode);
        int minimum = enrollmentConfig.yearlyMinimumJp();
        Sort sort = page.toSort(TranscriptRepository.COMPLIANCE_SORT, Sort.by("p.name"));
        Integer below = belowMinimumOnly ? minimum : null;
        List<ComplianceEntry> items = transcripts.compliance(unitCode, chosen, below, sort, page.page(), page.size())
                .stream().map(row -> ComplianceEntry.of(row, new JpStanding(chosen, minimum, row.jp(), 0))).toList();
        long total = transcripts.complianceCount(unitCode, chosen, below);
        long people = belowMinimumOnly ? transcripts.complianceCount(unitCode, chosen, null) : total;
        long belowCount = belowMinimumOnly ? total : transcripts.complianceCount(unitCode, chosen, minimum);
        return new ComplianceDetails(unitCode, chosen, minimum, people, belowCount,
                new PageResponse<>(items, page.page(), page.size(), total));
    }

    /** The person's completed courses of the year as SIASN course records; access as for the transcript. */
    public List<SiasnCourseRecord> siasnCoursesOfPerson(String nip, Integer year) {
        int chosen = requireYear(year);
        Participant participant = requireVisible(nip);
        return siasnRecords(transcripts.completedOf(participant.nip(), chosen));
    }

    /** The completed courses of the year of everyone now in the unit as SIASN course records; access as compliance. */
    public List<SiasnCourseRecord> siasnCoursesOfUnit(String unitCode, Integer year) {
        int chosen = requireYear(year);
        requireReadsUnit(unitCode);
        return siasnRecords(transcripts.completedOfUnit(unitCode, chosen));
    }

    /** The year asked for, this year (in the agency's zone) when none; 400 outside earliest year .. next year. */
    int requireYear(Integer year) {
        int current = LocalDate.now(clock.withZone(agency.zone())).getYear();
        if (year == null) {
            return current;
        }
        if (year < config.earliestYear() || year > current + 1) {
            throw new InvalidInputProblem("year", YEAR_RANGE, year, config.earliestYear(), current + 1);
        }
        return year;
    }

    private Participant requireVisible(String nip) {
        String number = nip == null ? "" : nip.strip().replace(" ", "");
        if (!NUMBER.matcher(number).matches()) {
            throw new InvalidInputProblem("nip", NIP_FORMAT, nip);
        }
        Participant participant = participants.findByIdOptional(number)
                .orElseThrow(() -> new NotFoundProblem(ParticipantAccess.RESOURCE, number));
        participantAccess.requireVisible(participant);
        return participant;
    }

    /** 403 unless the caller reads the unit's records as a whole; then 404 if nobody is registered in it. */
    private void requireReadsUnit(String unitCode) {
        // A unit as the owner: a unit admin's own record or a supervisor's subordinates give no unit-wide reading.
        if (!policy.canAccess(Owner.unit(unitCode))) {
            throw new ForbiddenException("Not allowed to read this unit's reports");
        }
        if (!transcripts.unitKnown(unitCode)) {
            throw new NotFoundProblem(UNIT, unitCode);
        }
    }

    /** Confirmed, undecided sessions of the person ending in the year, by end date. */
    private List<UpcomingCourse> upcoming(String nip, int year) {
        List<Enrollment> confirmed = enrollments.ofPerson(nip, List.of(EnrollmentStatus.CONFIRMED));
        if (confirmed.isEmpty()) {
            return List.of();
        }
        Map<String, SessionReplica> sessions = catalog.sessions(confirmed.stream().map(Enrollment::sessionId)
                .collect(Collectors.toSet()));
        Map<String, CourseReplica> courses = catalog.courses(confirmed.stream().map(Enrollment::courseId)
                .collect(Collectors.toSet()));
        List<UpcomingCourse> upcoming = new ArrayList<>();
        for (Enrollment enrollment : confirmed) {
            SessionReplica session = sessions.get(enrollment.sessionId());
            if (session == null) {
                throw catalog.notSynchronised(Subject.SESSION, enrollment.sessionId());
            }
            if (JpStanding.yearOf(session.endDate()) != year) {
                continue;
            }
            CourseReplica course = courses.get(enrollment.courseId());
            if (course == null) {
                throw catalog.notSynchronised(Subject.COURSE, enrollment.courseId());
            }
            upcoming.add(new UpcomingCourse(enrollment.id(), course.id(), session.id(), course.title(), course.jp(),
                    session.startDate(), session.endDate()));
        }
        upcoming.sort(Comparator.comparing(UpcomingCourse::sessionEnd).thenComparing(UpcomingCourse::enrollmentId));
        return upcoming;
    }

    /** The records in the order given, each with the SIASN type its course's kind maps to now. */
    private List<SiasnCourseRecord> siasnRecords(List<Completion> completions) {
        if (completions.isEmpty()) {
            return List.of();
        }
        Map<String, CourseReplica> courses = catalog.courses(completions.stream().map(Completion::courseId)
                .collect(Collectors.toSet()));
        Set<String> codes = courses.values().stream().flatMap(course -> course.competencies().stream())
                .map(CourseCompetencyReplica::code).collect(Collectors.toSet());
        Map<String, CompetencyReplica> competencies = catalog.competencies(codes);
        Map<String, ProviderReplica> providers = catalog.providers(completions.stream()
                .filter(completion -> completion.providerName() == null && completion.providerId() != null)
                .map(Completion::providerId).collect(Collectors.toSet()));
        Map<SiasnCategory, String> ids = trainingTypes.idsByCategory();
        return completions.stream().map(completion -> {
            CourseReplica course = courses.get(completion.courseId());
            if (course == null) {
                throw catalog.notSynchronised(Subject.COURSE, completion.courseId());
            }
            List<CompetencyType> types = course.competencies().stream().map(wanted -> {
                CompetencyReplica competency = competencies.get(wanted.code());
                if (competency == null) {
                    throw catalog.notSynchronised(Subject.COMPETENCY, wanted.code());
                }
                return competency.type();
            }).toList();
            SiasnCategory category = SiasnCategory.of(course.methods(), course.deliveryMode(), types);
            String provider = completion.providerName() != null ? completion.providerName()
                    : providers.containsKey(completion.providerId()) ? providers.get(completion.providerId()).name()
                    : null;
            return SiasnCourseRecord.of(completion.nip(), completion.courseTitle(), provider, ids.get(category),
                    completion.jp(), completion.certificateNumber(), completion.sessionStart(),
                    completion.sessionEnd());
        }).toList();
    }

    /** A person's yearly transcript. */
    public record TranscriptDetails(String nip, String name, String unitCode, JpStanding standing,
            List<CompletedCourse> completed, List<UpcomingCourse> upcoming) {
    }

    /** A course the person completed. */
    public record CompletedCourse(String enrollmentId, String courseId, String sessionId, String courseTitle,
            String providerName, int jp, LocalDate sessionStart, LocalDate sessionEnd, String certificateNumber,
            Instant completedAt) {

        static CompletedCourse of(Completion completion) {
            return new CompletedCourse(completion.enrollmentId(), completion.courseId(), completion.sessionId(),
                    completion.courseTitle(), completion.providerName(), completion.jp(), completion.sessionStart(),
                    completion.sessionEnd(), completion.certificateNumber(), completion.decidedAt());
        }
    }

    /** A session the person is confirmed for, not yet decided. */
    public record UpcomingCourse(String enrollmentId, String courseId, String sessionId, String courseTitle, int jp,
            LocalDate sessionStart, LocalDate sessionEnd) {
    }

    /** A unit's compliance report: counts over the whole unit and one page of people. */
    public record ComplianceDetails(String unitCode, int year, int minimumJp, long activeParticipants,
            long belowMinimum, PageResponse<ComplianceEntry> page) {
    }

    /** A person of the unit with their JP of the year. */
    public record ComplianceEntry(String nip, String name, String employeeType, String positionCode,
            String positionName, int jp, boolean belowMinimum, int shortfallJp) {

        static ComplianceEntry of(ComplianceRow row, JpStanding standing) {
            return new ComplianceEntry(row.nip(), row.name(), row.employeeType(), row.positionCode(),
                    row.positionName(), standing.completedJp(), standing.belowMinimum(), standing.shortfallJp());
        }
    }
}
