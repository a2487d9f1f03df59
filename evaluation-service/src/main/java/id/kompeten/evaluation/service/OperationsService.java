package id.kompeten.evaluation.service;

import id.kompeten.evaluation.domain.OperationalRecord;
import id.kompeten.evaluation.domain.OperationalRecordRepository;
import id.kompeten.evaluation.domain.Period;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.error.PreconditionRequiredProblem;
import id.kompeten.platform.error.UniqueKeys;
import id.kompeten.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Monthly operational records of service units. Written like a position standard: a PUT without If-Match creates
 * the month's record (201), one with the current ETag replaces it (200; 428 without If-Match, 412 when stale). Those
 * who submit the unit's surveys write its records; those who read the unit read them.
 */
@ApplicationScoped
public class OperationsService {

    /** The resource named in 404s. */
    public static final String RESOURCE = "OperationalRecord";

    private final OperationalRecordRepository records;
    private final ServiceUnitAccess access;
    private final CurrentUser user;
    private final Clock clock;

    OperationsService(OperationalRecordRepository records, ServiceUnitAccess access, CurrentUser user, Clock clock) {
        this.records = records;
        this.access = access;
        this.user = user;
        this.clock = clock;
    }

    /** What a PUT did. */
    public record Saved(OperationalRecord record, boolean created) {
    }

    public OperationalRecord get(String unitCode, Period month) {
        access.requireReadable(unitCode);
        return records.findByIdOptional(new OperationalRecord.Key(unitCode, month.firstDay()))
                .orElseThrow(() -> new NotFoundProblem(RESOURCE, unitCode + "/" + month));
    }

    /** Creates ({@code precondition} null) or replaces the month's record; 400 naming the field for bad figures. */
    @Transactional
    public Saved put(String unitCode, Period month, OperationalRecord.Figures figures,
            VersionPrecondition precondition) {
        access.requireSubmitter(unitCode);
        check(figures);
        LocalDate start = month.firstDay();
        Instant now = Instant.now(clock);
        if (records.exists(unitCode, start)) {
            if (precondition == null) {
                throw new PreconditionRequiredProblem();
            }
            OperationalRecord record = records.findForUpdate(unitCode, start)
                    .orElseThrow(() -> new OperationsAbsentProblem(unitCode, month.text()));
            precondition.check(record.version());
            if (record.replace(figures, now, user.subject())) {
                records.flush();
            }
            return new Saved(record, false);
        }
        if (precondition != null) {
            throw new OperationsAbsentProblem(unitCode, month.text());
        }
        OperationalRecord record = new OperationalRecord(new OperationalRecord.Key(unitCode, start), figures, now,
                user.subject());
        UniqueKeys.writeOrConflict(UniqueKeys.PRIMARY_KEY, () -> records.persistAndFlush(record),
                () -> new ConflictProblem("problem.operations.created-meanwhile.detail", unitCode, month.text()));
        return new Saved(record, true);
    }

    /** Resolved complaints cannot outnumber received ones (within one month's record). */
    static void check(OperationalRecord.Figures figures) {
        if (figures.complaintsResolved() > figures.complaintsReceived()) {
            throw new InvalidInputProblem("complaintsResolved", "validation.operations.resolved-exceeds",
                    figures.complaintsReceived());
        }
    }
}
