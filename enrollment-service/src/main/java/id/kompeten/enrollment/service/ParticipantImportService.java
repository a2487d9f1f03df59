package id.kompeten.enrollment.service;

import id.kompeten.enrollment.config.ParticipantConfig;
import id.kompeten.enrollment.domain.EmployeeNumber;
import id.kompeten.enrollment.domain.Participant;
import id.kompeten.enrollment.domain.ParticipantDefinition;
import id.kompeten.enrollment.domain.ParticipantNumbers;
import id.kompeten.enrollment.domain.ParticipantRepository;
import id.kompeten.enrollment.service.ParticipantImportResult.Status;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.Problem.FieldMessage;
import id.kompeten.platform.error.UniqueKeys;
import id.kompeten.platform.error.ViolationFields;
import id.kompeten.platform.i18n.Messages;
import id.kompeten.platform.runtime.AgencyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Bulk registration of participants, e.g. a unit's staff list from the personnel system. Every row, as the API layer
 * read it from the file, is checked by the rules of a single registration (bean validation of the body, the numbers,
 * the caller's unit) and its number against the other rows and the register; the result gives each row's fate.
 * Nothing is written when a row fails, unless partial import is asked for. Rows of registered numbers fail: the
 * import registers, it does not update. Each registered participant is announced like a single registration.
 */
@ApplicationScoped
public class ParticipantImportService {

    /** Persist in slices of this many participants, so the persistence context stays small. */
    private static final int FLUSH_EVERY = 200;
    private static final String UNIT_CODE = "unitCode";

    private final ParticipantRepository participants;
    private final ParticipantAccess access;
    private final Validator validator;
    private final ViolationFields fields;
    private final ParticipantConfig config;
    private final AgencyConfig agency;
    private final ParticipantEvents events;
    private final Clock clock;

    ParticipantImportService(ParticipantRepository participants, ParticipantAccess access, Validator validator,
            ViolationFields fields, ParticipantConfig config, AgencyConfig agency, ParticipantEvents events,
            Clock clock) {
        this.participants = participants;
        this.access = access;
        this.validator = validator;
        this.fields = fields;
        this.config = config;
        this.agency = agency;
        this.events = events;
        this.clock = clock;
    }

    /** At most this many rows per request ({@code kompeten.participants.import-max-rows}). */
    public int maxRows() {
        return config.importMaxRows();
    }

    /**
     * Checks and (unless {@code dryRun}) registers the participants of an import file, in one transaction.
     *
     * @param rows     the file's rows as read, at most {@link #maxRows()}
     * @param partial  register the valid rows even when others fail
     * @param dryRun   check only; write nothing
     * @param messages the language of the result's messages
     */
    @Transactional
    public ParticipantImportResult importParticipants(List<ParticipantImportRow> rows, boolean partial, boolean dryRun,
            Messages messages) {
        LocalDate today = LocalDate.now(clock.withZone(agency.zone()));
        Set<String> taken = participants.existingNips(rows.stream()
                .map(ParticipantImportRow::request).filter(Objects::nonNull)
                .map(request -> EmployeeNumber.canonical(request.nip())).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<String, Integer> firstRowOfNip = new HashMap<>();

        List<Checked> checked = new ArrayList<>();
        for (ParticipantImportRow row : rows) {
            checked.add(new Checked(row, check(row, today, taken, firstRowOfNip, messages)));
        }
        long failed = checked.stream().filter(row -> !row.errors().isEmpty()).count();
        boolean write = !dryRun && (failed == 0 || partial);
        Set<Integer> written = write ? write(checked) : Set.of();

        List<ParticipantImportResult.Row> report = checked.stream().map(row -> {
            int number = row.row().row();
            Status status = !row.errors().isEmpty() ? Status.FAILED
                    : written.contains(number) ? Status.IMPORTED : Status.VALID;
            return new ParticipantImportResult.Row(number, EmployeeNumber.canonical(row.row().nip()), status,
                    row.errors());
        }).toList();
        return new ParticipantImportResult(written.size(), (int) failed, report);
    }

    /**
     * Every error of one row: reading, bean validation, the numbers, the unit, and whether its number is new. A field
     * that could not be read or fails bean validation (e.g. a blank number) is not checked further, so each fault is
     * reported once.
     */
    private List<FieldMessage> check(ParticipantImportRow row, LocalDate today, Set<String> taken,
            Map<String, Integer> firstRowOfNip, Messages messages) {
        List<FieldMessage> errors = new ArrayList<>(row.errors());
        NewParticipant request = row.request();
        if (request != null) {
            // A cell that could not be read is empty in the request: its bean validation error would say it twice.
            Set<String> unreadable = row.errors().stream().map(FieldMessage::field).collect(Collectors.toSet());
            // Sorted, so the order of several messages on one field does not depend on the validator's.
            validator.validate(request).stream()
                    .map(violation -> new FieldMessage(fields.field(violation), violation.getMessage()))
                    .filter(error -> !unreadable.contains(error.field()))
                    .sorted(Comparator.comparing(FieldMessage::field).thenComparing(FieldMessage::message))
                    .forEach(errors::add);
            Set<String> faulty = errors.stream().map(FieldMessage::field).collect(Collectors.toSet());
            String nip = EmployeeNumber.canonical(request.nip());
            ParticipantNumbers.check(nip, request.employeeType(), EmployeeNumber.canonical(request.supervisorNip()),
                            today).stream()
                    .filter(problem -> !faulty.contains(problem.field()))
                    .forEach(problem -> errors.add(new FieldMessage(problem.field(),
                            messages.format(problem.messageKey(), problem.args().toArray()))));
            String unitCode = request.unitCode();
            if (unitCode != null && !faulty.contains(UNIT_CODE) && !access.writesUnit(unitCode.strip())) {
                errors.add(new FieldMessage(UNIT_CODE,
                        messages.format("validation.participant.import.unit-not-yours", unitCode.strip())));
            }
            if (nip != null && !nip.isEmpty() && !faulty.contains(ParticipantNumbers.NIP)) {
                Integer first = firstRowOfNip.putIfAbsent(nip, row.row());
                if (first != null) {
                    errors.add(new FieldMessage(ParticipantNumbers.NIP,
                            messages.format("validation.participant.import.nip-repeated", first)));
                } else if (taken.contains(nip)) {
                    errors.add(new FieldMessage(ParticipantNumbers.NIP,
                            messages.format("validation.participant.import.nip-taken", nip)));
                }
            }
        }
        // Stable: a field's messages keep the order they were found in.
        return errors.stream().sorted(Comparator.comparing(FieldMessage::field)).toList();
    }

    /** Registers the rows without errors; returns their row numbers. */
    private Set<Integer> write(List<Checked> checked) {
        Set<Integer> written = new HashSet<>();
        Instant now = Instant.now(clock);
        // Thousands of rows: send the inserts in JDBC batches (for this session only).
        participants.getEntityManager().unwrap(Session.class).setJdbcBatchSize(FLUSH_EVERY);
        // Another request may register one of these numbers between our check and our insert.
        UniqueKeys.writeOrConflict(UniqueKeys.PRIMARY_KEY, () -> {
            for (Checked row : checked) {
                if (!row.errors().isEmpty()) {
                    continue;
                }
                NewParticipant request = row.row().request();
                ParticipantDefinition definition = request.toDefinition().canonical();
                Participant participant = new Participant(EmployeeNumber.canonical(request.nip()),
                        request.employeeType(), definition, now);
                participants.persist(participant);
                events.registered(participant, now);
                written.add(row.row().row());
                if (written.size() % FLUSH_EVERY == 0) {
                    participants.flush();
                    participants.getEntityManager().clear();
                }
            }
            participants.flush();
        }, () -> new ConflictProblem("problem.participant.import.nip-race.detail"));
        return written;
    }

    private record Checked(ParticipantImportRow row, List<FieldMessage> errors) {
    }
}
