package id.kompeten.enrollment.service;

import id.kompeten.catalogreplica.CatalogNotSynchronisedProblem.Subject;
import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.SessionDayReplica;
import id.kompeten.catalogreplica.SessionReplica;
import id.kompeten.catalogreplica.SessionWithCourse;
import id.kompeten.contracts.catalog.CourseStatus;
import id.kompeten.contracts.catalog.SessionStatus;
import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.enrollment.domain.EnrollmentProblems;
import id.kompeten.enrollment.domain.EnrollmentRepository;
import id.kompeten.enrollment.domain.EnrollmentStatus;
import id.kompeten.enrollment.domain.Participant;
import id.kompeten.enrollment.domain.ParticipantRepository;
import id.kompeten.enrollment.domain.SessionSeats;
import id.kompeten.enrollment.domain.SessionSeatsRepository;
import id.kompeten.enrollment.domain.WaitlistPolicy;
import id.kompeten.enrollment.service.SeatKeeper.Ledger;
import id.kompeten.enrollment.service.SeatKeeper.Overlap;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.error.UniqueKeys;
import id.kompeten.platform.security.AccessScope;
import id.kompeten.platform.runtime.AgencyConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The enrollment lifecycle: request (or nomination), the supervisor's approval or rejection, withdrawal, and the seat
 * each approval takes or the waitlist it joins. Decisions read the catalogue replica, never the catalogue. Everything
 * that changes who holds a seat goes through a {@link SeatKeeper} ledger, in one transaction with its events.
 */
@ApplicationScoped
public class EnrollmentService {

    static final String UNIQUE_ACTIVE = "uk_enrollment_active";
    private static final Map<String, String> SORTABLE = Map.of("requestedAt", "requestedAt", "updatedAt",
            "updatedAt", "status", "status", "nip", "nip");

    private final EnrollmentRepository enrollments;
    private final ParticipantRepository participants;
    private final SessionSeatsRepository seatsRows;
    private final CatalogReplica replica;
    private final SeatKeeper seats;
    private final EnrollmentEvents events;
    private final EnrollmentAccess access;
    private final AgencyConfig agency;
    private final Clock clock;

    EnrollmentService(EnrollmentRepository enrollments, ParticipantRepository participants,
            SessionSeatsRepository seatsRows, CatalogReplica replica, SeatKeeper seats, EnrollmentEvents events,
            EnrollmentAccess access, AgencyConfig agency, Clock clock) {
        this.enrollments = enrollments;
        this.participants = participants;
        this.seatsRows = seatsRows;
        this.replica = replica;
        this.seats = seats;
        this.events = events;
        this.access = access;
        this.agency = agency;
        this.clock = clock;
    }

    /**
     * A participant asks for a seat, or a unit admin nominates them: REQUESTED, for their supervisor to decide. 404
     * for a participant the caller may not see, 403 for one they may not enroll, 409 for every rule the session or
     * person breaks (or "catalogue not yet synchronised").
     */
    @Transactional
    public Enrollment request(String nip, String sessionId) {
        Participant participant = participants.findByIdOptional(nip)
                .orElseThrow(() -> new NotFoundProblem("Participant", nip));
        boolean nominated = access.requireRequests(participant);
        if (!participant.active()) {
            throw new ConflictProblem(EnrollmentProblems.PARTICIPANT_INACTIVE, nip);
        }
        SessionWithCourse found = sessionWithCourse(sessionId);
        SessionReplica session = found.session();
        if (found.course().status() == CourseStatus.ARCHIVED) {
            throw new ConflictProblem(EnrollmentProblems.COURSE_ARCHIVED, found.course().id());
        }
        requireTakesEnrollments(session);
        LocalDate today = LocalDate.now(clock.withZone(agency.zone()));
        if (today.isBefore(session.enrollmentOpensOn()) || today.isAfter(session.enrollmentClosesOn())) {
            throw new ConflictProblem(EnrollmentProblems.OUTSIDE_WINDOW, session.id(), session.enrollmentOpensOn(),
                    session.enrollmentClosesOn(), today);
        }
        enrollments.findActive(sessionId, nip).ifPresent(active -> {
            throw new ConflictProblem(EnrollmentProblems.DUPLICATE, nip, sessionId, active.id(), active.status());
        });
        // A plain read: a locking one takes gap locks that deadlock concurrent requests' inserts. Approval checks again
        // under locks, which is what keeps confirmations apart.
        overlap(nip, session, enrollments.ofPerson(nip, List.of(EnrollmentStatus.CONFIRMED)))
                .ifPresent(EnrollmentService::refuseOverlap);
        Instant now = Instant.now(clock);
        Enrollment enrollment = new Enrollment(session.id(), session.courseId(), participant, access.actor(), nominated,
                now);
        // The unique active key catches a request for the same person and session that committed since our look-up.
        UniqueKeys.writeOrConflict(UNIQUE_ACTIVE, () -> enrollments.persistAndFlush(enrollment),
                () -> duplicateTakenMeanwhile(nip, sessionId));
        events.requested(enrollment, now);
        return enrollment;
    }

    /**
     * The 409 naming the active enrollment a concurrent request created after our look-up. The unique key made our
     * insert wait until that request committed, so it is there to read, but not in this transaction: the failed insert
     * spoilt it (rollback only) and its snapshot predates the other's commit. Read in a transaction of its own; if the
     * other enrollment ended in the meantime, there is nothing left to name.
     */
    private ConflictProblem duplicateTakenMeanwhile(String nip, String sessionId) {
        Taken other = QuarkusTransaction.requiringNew().call(() -> enrollments.findActive(sessionId, nip)
                .map(active -> new Taken(active.id(), active.status()))
                .orElse(new Taken("?", EnrollmentStatus.REQUESTED)));
        return new ConflictProblem(EnrollmentProblems.DUPLICATE, nip, sessionId, other.id(), other.status());
    }

    private record Taken(String id, EnrollmentStatus status) {
    }

    /**
     * The supervisor approves: a free seat makes it CONFIRMED, none WAITLISTED. The seat is decided under the
     * session's seat lock, so capacity is never exceeded whatever runs concurrently.
     */
    @Transactional
    public Enrollment approve(String id, VersionPrecondition precondition) {
        Enrollment enrollment = requireVisible(id);
        access.requireDecides(participants.findById(enrollment.nip()));
        precondition.check(enrollment.version());
        if (enrollment.status() != EnrollmentStatus.REQUESTED) {
            enrollment.confirm(Instant.now(clock), access.actor()); // the 409 for the illegal transition
        }
        SessionReplica session = sessionWithCourse(enrollment.sessionId()).session();
        requireTakesEnrollments(session);
        Ledger ledger = seats.open(session);
        Instant now = Instant.now(clock);
        lockPerson(enrollment.nip()); // no two overlapping confirmations of one person slip past each other
        overlap(enrollment.nip(), session).ifPresent(EnrollmentService::refuseOverlap);
        seats.fill(ledger, now, this::overlap); // a waitlist with free seats (capacity raised) goes first
        if (ledger.freeSeats() > 0) {
            enrollment.confirm(now, access.actor());
            ledger.seatTaken();
        } else {
            enrollment.waitlist(now, access.actor());
            ledger.waitlistJoined();
        }
        events.approved(enrollment, now);
        seats.close(ledger, now);
        return enrollment;
    }

    /** The supervisor rejects with a reason, also after approval: a seat it held goes to the waitlist. */
    @Transactional
    public Enrollment reject(String id, String reason, VersionPrecondition precondition) {
        Enrollment enrollment = requireVisible(id);
        access.requireDecides(participants.findById(enrollment.nip()));
        precondition.check(enrollment.version());
        return end(enrollment, now -> enrollment.reject(now, access.actor(), reason), events::rejected);
    }

    /** The participant withdraws before the session's outcome: a seat they held goes to the waitlist. */
    @Transactional
    public Enrollment withdraw(String id, String reason, VersionPrecondition precondition) {
        Enrollment enrollment = requireVisible(id);
        access.requireWithdraws(enrollment);
        precondition.check(enrollment.version());
        return end(enrollment, now -> enrollment.withdraw(now, access.actor(), reason), events::withdrawn);
    }

    private Enrollment end(Enrollment enrollment, java.util.function.Consumer<Instant> transition,
            java.util.function.BiConsumer<Enrollment, Instant> announce) {
        EnrollmentStatus held = enrollment.status();
        if (!Ledger.COUNTED.contains(held)) {
            Instant now = Instant.now(clock);
            transition.accept(now); // REQUESTED ends without touching seats; anything else is the 409
            announce.accept(enrollment, now);
            return enrollment;
        }
        SessionReplica session = sessionWithCourse(enrollment.sessionId()).session();
        Ledger ledger = seats.open(session);
        Instant now = Instant.now(clock);
        transition.accept(now);
        ledger.left(held);
        announce.accept(enrollment, now);
        seats.fill(ledger, now, this::overlap);
        seats.close(ledger, now);
        return enrollment;
    }

    @Transactional
    public Enrollment get(String id) {
        return requireVisible(id);
    }

    /** What a list may be narrowed by; null fields do not narrow it. */
    public record Filter(String nip, String sessionId, EnrollmentStatus status, String unitCode) {
    }

    /** The enrollments matching the filter among those the caller may see; sortable by requestedAt (default). */
    @Transactional
    public PageResponse<Enrollment> list(Filter filter, PageRequest page) {
        AccessScope.Restriction visible = access.listScope(filter.unitCode()).restriction(new AccessScope.OwnerAttributes(
                "e.nip", "e.unitCode", "(select p.supervisorNip from Participant p where p.nip = e.nip)"));
        List<String> conditions = new ArrayList<>(List.of(visible.clause()));
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        if (filter.nip() != null) {
            conditions.add("e.nip = :nip");
            parameters.put("nip", filter.nip());
        }
        if (filter.sessionId() != null) {
            conditions.add("e.sessionId = :sessionId");
            parameters.put("sessionId", filter.sessionId());
        }
        if (filter.status() != null) {
            conditions.add("e.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.unitCode() != null) {
            conditions.add("e.unitCode = :unitCode");
            parameters.put("unitCode", filter.unitCode());
        }
        Sort sort = page.toSort(SORTABLE, Sort.by("requestedAt")).and("id");
        return PageResponse.of(enrollments.find("from Enrollment e where " + String.join(" and ", conditions), sort,
                parameters), page, e -> e);
    }

    /** The session's seat counter (nothing taken yet when no approval touched it). */
    @Transactional
    public SeatsDetails seatsOf(String sessionId) {
        SessionReplica session = replica.session(sessionId)
                .orElseThrow(() -> replica.notSynchronised(Subject.SESSION, sessionId));
        return seatsRows.findByIdOptional(sessionId).map(SeatsDetails::of)
                .orElse(new SeatsDetails(sessionId, session.capacity(), 0, 0, WaitlistPolicy.FIRST_COME_FIRST_SERVED, 0));
    }

    /** Sets the order in which the session's waitlist gets freed seats; the counts stay. */
    @Transactional
    public SeatsDetails changeWaitlistPolicy(String sessionId, WaitlistPolicy policy) {
        SessionReplica session = replica.session(sessionId)
                .orElseThrow(() -> replica.notSynchronised(Subject.SESSION, sessionId));
        Ledger ledger = seats.open(session);
        ledger.row().changeWaitlistPolicy(policy, Instant.now(clock));
        seats.close(ledger, Instant.now(clock));
        return SeatsDetails.of(ledger.row());
    }

    /** A session's seat counter as the API shows it. */
    public record SeatsDetails(String sessionId, int capacity, int confirmed, int waitlisted, WaitlistPolicy policy,
            long version) {
        static SeatsDetails of(SessionSeats row) {
            return new SeatsDetails(row.sessionId(), row.capacity(), row.confirmed(), row.waitlisted(),
                    row.waitlistPolicy(), row.version());
        }
    }

    /** A CONFIRMED enrollment of the person in another session that shares a day with this one. */
    Optional<Overlap> overlap(String nip, SessionReplica session) {
        return overlap(nip, session, enrollments.lockConfirmedOf(nip));
    }

    private Optional<Overlap> overlap(String nip, SessionReplica session, List<Enrollment> confirmedOfPerson) {
        List<Enrollment> confirmed = confirmedOfPerson.stream()
                .filter(e -> !e.sessionId().equals(session.id())).toList();
        if (confirmed.isEmpty()) {
            return Optional.empty();
        }
        Set<LocalDate> days = session.days().stream().map(SessionDayReplica::date).collect(Collectors.toSet());
        Map<String, SessionReplica> others = replica.sessions(confirmed.stream().map(Enrollment::sessionId).toList());
        for (Enrollment other : confirmed) {
            SessionReplica otherSession = others.get(other.sessionId());
            if (otherSession == null) {
                continue;
            }
            Optional<LocalDate> shared = otherSession.days().stream().map(SessionDayReplica::date)
                    .filter(days::contains).sorted().findFirst();
            if (shared.isPresent()) {
                return Optional.of(new Overlap(other, shared.get()));
            }
        }
        return Optional.empty();
    }

    private static void refuseOverlap(Overlap overlap) {
        throw new ConflictProblem(EnrollmentProblems.OVERLAP, overlap.other().nip(), overlap.other().id(),
                overlap.other().sessionId(), overlap.day());
    }

    private void lockPerson(String nip) {
        enrollments.getEntityManager().createNativeQuery("SELECT nip FROM participant WHERE nip = ?1 FOR UPDATE")
                .setParameter(1, nip).getResultList();
    }

    private Enrollment requireVisible(String id) {
        Enrollment enrollment = enrollments.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundProblem(EnrollmentAccess.RESOURCE, id));
        String supervisor = participants.findByIdOptional(enrollment.nip()).map(Participant::supervisorNip).orElse(null);
        access.requireVisible(enrollment, supervisor);
        return enrollment;
    }

    private SessionWithCourse sessionWithCourse(String sessionId) {
        return replica.sessionWithCourse(sessionId)
                .orElseThrow(() -> replica.notSynchronised(Subject.SESSION, sessionId));
    }

    private static void requireTakesEnrollments(SessionReplica session) {
        if (session.status() != SessionStatus.OPEN && session.status() != SessionStatus.FULL) {
            throw new ConflictProblem(EnrollmentProblems.SESSION_NOT_OPEN, session.id(), session.status());
        }
    }
}
