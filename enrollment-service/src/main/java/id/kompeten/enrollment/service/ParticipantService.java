package id.kompeten.enrollment.service;

import id.kompeten.contracts.participant.ParticipantSnapshot;
import id.kompeten.enrollment.domain.Contact;
import id.kompeten.enrollment.domain.EmployeeNumber;
import id.kompeten.enrollment.domain.EmployeeType;
import id.kompeten.enrollment.domain.Participant;
import id.kompeten.enrollment.domain.ParticipantDefinition;
import id.kompeten.enrollment.domain.ParticipantNumbers;
import id.kompeten.enrollment.domain.ParticipantRepository;
import id.kompeten.platform.api.Created;
import id.kompeten.platform.api.IdempotencyKeys;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.error.ApiProblem.FieldError;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.error.UniqueKeys;
import id.kompeten.platform.security.AccessScope;
import id.kompeten.platform.runtime.AgencyConfig;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The participant register: ASN identified by NIP or NI PPPK, with their unit, position and supervisor. Every
 * registration, and every change of what the register announces (not contact data), is published on
 * {@code enrollment.participants} in the same transaction (ParticipantEvents).
 */
@ApplicationScoped
public class ParticipantService {

    static final String NIP_TAKEN = "problem.participant.nip-taken.detail";
    private static final Map<String, String> SORTABLE = Map.of("nip", "nip", "name", "name", "unitCode", "unitCode",
            "positionCode", "positionCode", "updatedAt", "updatedAt");

    private final ParticipantRepository participants;
    private final ParticipantAccess access;
    private final IdempotencyKeys idempotency;
    private final AgencyConfig agency;
    private final ParticipantEvents events;
    private final Clock clock;

    ParticipantService(ParticipantRepository participants, ParticipantAccess access, IdempotencyKeys idempotency,
            AgencyConfig agency, ParticipantEvents events, Clock clock) {
        this.participants = participants;
        this.access = access;
        this.idempotency = idempotency;
        this.agency = agency;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers an active participant. 400 naming every problem of the numbers, 403 for a unit the caller does not
     * manage, 409 when the number is registered already.
     */
    @Transactional
    public Created<ParticipantDetails> register(String nip, EmployeeType type, ParticipantDefinition definition,
            String idempotencyKey) {
        String number = EmployeeNumber.canonical(nip);
        ParticipantDefinition canonical = definition.canonical();
        access.requireWritesUnit(canonical.unitCode());
        requireValidNumbers(number, type, canonical.supervisorNip());
        return idempotency.createOnce("participants", idempotencyKey, List.of(number, type, canonical), () -> {
            if (participants.findByIdOptional(number).isPresent()) {
                throw new ConflictProblem(NIP_TAKEN, number);
            }
            Instant now = Instant.now(clock);
            Participant participant = new Participant(number, type, canonical, now);
            // The number is the primary key: it catches another request that registered it since our look-up.
            UniqueKeys.writeOrConflict(UniqueKeys.PRIMARY_KEY, () -> participants.persistAndFlush(participant),
                    () -> new ConflictProblem(NIP_TAKEN, number));
            events.registered(participant, now);
            return Created.of(participant.nip(), ParticipantDetails.of(participant));
        }, existing -> ParticipantDetails.of(require(existing)));
    }

    /**
     * Replaces what is recorded about the participant (not the number or employee type). A unit admin changes only
     * participants of their unit and cannot move them to another (403); ADMIN and INTEGRATION move people between
     * units.
     */
    @Transactional
    public ParticipantDetails update(String nip, ParticipantDefinition definition, VersionPrecondition precondition) {
        ParticipantDefinition canonical = definition.canonical();
        Participant participant = requireVisible(nip);
        access.requireWritesUnit(participant.unitCode());
        access.requireWritesUnit(canonical.unitCode());
        requireValidNumbers(participant.nip(), null, canonical.supervisorNip());
        precondition.check(participant.version());
        ParticipantSnapshot before = ParticipantEvents.snapshot(participant);
        Instant now = Instant.now(clock);
        if (participant.change(canonical, now)) {
            // The new version, for the ETag; a racing update fails here.
            participants.flush();
            events.changed(before, participant, now);
        }
        return ParticipantDetails.of(participant);
    }

    /**
     * Replaces the email and phone: the participant themselves, or whoever manages their unit. Announces nothing: the
     * register's events carry no contact data.
     */
    @Transactional
    public ParticipantDetails correctContact(String nip, Contact contact, VersionPrecondition precondition) {
        Participant participant = requireVisible(nip);
        access.requireCorrectsContact(participant);
        precondition.check(participant.version());
        if (participant.changeContact(contact, Instant.now(clock))) {
            participants.flush();
        }
        return ParticipantDetails.of(participant);
    }

    /** Takes the participant out of new enrollments (retired, moved away); their records stay. */
    @Transactional
    public ParticipantDetails deactivate(String nip, VersionPrecondition precondition) {
        return switchActive(nip, precondition, Participant::deactivate);
    }

    /** Lets a deactivated participant enroll again. */
    @Transactional
    public ParticipantDetails activate(String nip, VersionPrecondition precondition) {
        return switchActive(nip, precondition, Participant::activate);
    }

    /** The participant, if the caller may see them; 404 otherwise, whether or not they are registered. */
    public ParticipantDetails get(String nip) {
        return ParticipantDetails.of(requireVisible(nip));
    }

    /**
     * Participants the caller may see, of a unit, of a supervisor, active or not (each optional). 403 when a unit
     * admin asks for another unit.
     */
    public PageResponse<ParticipantDetails> list(String unitCode, String supervisorNip, Boolean active,
            PageRequest page) {
        AccessScope scope = access.listScope(unitCode);
        // The number breaks ties, so pages sorted by name or unit do not overlap.
        Sort sort = page.toSort(SORTABLE, Sort.by("name")).and("nip");
        ParticipantRepository.Filter filter = new ParticipantRepository.Filter(unitCode,
                EmployeeNumber.canonical(supervisorNip), active);
        return PageResponse.of(participants.search(filter, scope.restriction(ParticipantRepository.OWNER), sort), page,
                ParticipantDetails::of);
    }

    /** Today in the agency's zone, for the number checks. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(agency.zone()));
    }

    private ParticipantDetails switchActive(String nip, VersionPrecondition precondition,
            BiPredicate<Participant, Instant> change) {
        Participant participant = requireVisible(nip);
        access.requireWritesUnit(participant.unitCode());
        precondition.check(participant.version());
        ParticipantSnapshot before = ParticipantEvents.snapshot(participant);
        Instant now = Instant.now(clock);
        if (change.test(participant, now)) {
            participants.flush();
            events.changed(before, participant, now);
        }
        return ParticipantDetails.of(participant);
    }

    /** 400 naming every problem of the participant's and the supervisor's numbers. */
    private void requireValidNumbers(String nip, EmployeeType type, String supervisorNip) {
        List<FieldError> errors = ParticipantNumbers.check(nip, type, supervisorNip, today()).stream()
                .map(problem -> new FieldError(problem.field(), problem.messageKey(), problem.args().toArray()))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputProblem(errors);
        }
    }

    private Participant requireVisible(String nip) {
        Participant participant = require(nip);
        access.requireVisible(participant);
        return participant;
    }

    private Participant require(String nip) {
        return participants.findByIdOptional(nip)
                .orElseThrow(() -> new NotFoundProblem(ParticipantAccess.RESOURCE, nip));
    }
}
