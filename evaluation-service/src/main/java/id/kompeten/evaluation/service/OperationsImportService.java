package id.kompeten.evaluation.service;

import id.kompeten.evaluation.config.ServiceQualityConfig;
import id.kompeten.evaluation.domain.OperationalRecord;
import id.kompeten.evaluation.domain.OperationalRecordRepository;
import id.kompeten.evaluation.domain.Period;
import id.kompeten.evaluation.service.OperationsImportResult.Status;
import id.kompeten.platform.error.ApiProblem;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.Problem.FieldMessage;
import id.kompeten.platform.error.UniqueKeys;
import id.kompeten.platform.error.ViolationFields;
import id.kompeten.platform.i18n.Messages;
import id.kompeten.platform.security.CurrentUser;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Bulk import of monthly operational records (e.g. from the queueing system's monthly export): one row per unit and
 * month, creating or replacing that month's record (no If-Match: the import is the unit's reference). Each row is
 * checked like a PUT (figures, a month, a unit the caller may write) and once per unit and month; a faulty row is not
 * written and the report says why; the others are, in one transaction. Existing records are locked in (unit, month)
 * order, so concurrent imports and PUTs cannot deadlock each other.
 */
@ApplicationScoped
public class OperationsImportService {

    private static final String UNIT = "serviceUnitCode";
    private static final String PERIOD = "period";

    private final OperationalRecordRepository records;
    private final ServiceUnitAccess access;
    private final Validator validator;
    private final ViolationFields fields;
    private final CurrentUser user;
    private final ServiceQualityConfig config;
    private final Clock clock;

    OperationsImportService(OperationalRecordRepository records, ServiceUnitAccess access, Validator validator,
            ViolationFields fields, CurrentUser user, ServiceQualityConfig config, Clock clock) {
        this.records = records;
        this.access = access;
        this.validator = validator;
        this.fields = fields;
        this.user = user;
        this.config = config;
        this.clock = clock;
    }

    public int maxRows() {
        return config.operationsImportMaxRows();
    }

    @Transactional
    public OperationsImportResult importRecords(List<OperationsImportRow> rows, boolean dryRun, Messages messages) {
        Map<Integer, List<FieldMessage>> errors = new HashMap<>();
        Map<Integer, Period> months = new HashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        Map<String, Boolean> writable = new HashMap<>();
        for (OperationsImportRow row : rows) {
            List<FieldMessage> rowErrors = new ArrayList<>(row.errors());
            errors.put(row.row(), rowErrors);
            OperationsImportRow.Line line = row.line();
            if (line == null) {
                continue;
            }
            Set<String> unreadable = row.errors().stream().map(FieldMessage::field).collect(Collectors.toSet());
            validator.validate(line).stream()
                    .map(violation -> new FieldMessage(fields.field(violation), violation.getMessage()))
                    .filter(error -> !unreadable.contains(error.field()))
                    .sorted(Comparator.comparing(FieldMessage::field).thenComparing(FieldMessage::message))
                    .forEach(rowErrors::add);
            Set<String> faulty = rowErrors.stream().map(FieldMessage::field).collect(Collectors.toSet());
            Period month = null;
            if (!faulty.contains(PERIOD)) {
                try {
                    month = Period.parseMonth(line.period());
                } catch (ApiProblem problem) {
                    rowErrors.add(message(problem, messages));
                }
            }
            if (!faulty.contains(UNIT)) {
                String unit = line.serviceUnitCode();
                boolean mayWrite = writable.computeIfAbsent(unit, this::mayWrite);
                if (!mayWrite) {
                    rowErrors.add(new FieldMessage(UNIT, messages.format("validation.operations.import.unit", unit)));
                }
            }
            if (line.complaintsReceived() != null && line.complaintsResolved() != null
                    && line.complaintsResolved() > line.complaintsReceived()) {
                rowErrors.add(new FieldMessage("complaintsResolved", messages.format(
                        "validation.operations.resolved-exceeds", line.complaintsReceived())));
            }
            if (month != null && !faulty.contains(UNIT)) {
                Integer earlier = firstRow.putIfAbsent(line.serviceUnitCode() + "\n" + month, row.row());
                if (earlier != null) {
                    rowErrors.add(new FieldMessage(PERIOD, messages.format("validation.operations.import.repeated",
                            earlier)));
                }
            }
            months.put(row.row(), month);
        }

        // Valid rows by (unit, month), so existing records are locked in one order.
        Map<String, OperationsImportRow> valid = new TreeMap<>();
        for (OperationsImportRow row : rows) {
            if (errors.get(row.row()).isEmpty()) {
                valid.put(row.line().serviceUnitCode() + "\n" + months.get(row.row()), row);
            }
        }
        Instant now = Instant.now(clock);
        Map<Integer, Status> statuses = new HashMap<>();
        Map<Integer, OperationalRecord> written = new HashMap<>();
        for (OperationsImportRow row : valid.values()) {
            if (dryRun) {
                statuses.put(row.row(), Status.VALID);
                continue;
            }
            OperationsImportRow.Line line = row.line();
            Period month = months.get(row.row());
            OperationalRecord.Figures figures = new OperationalRecord.Figures(line.transactions(),
                    line.meanWaitingMinutes(), line.meanProcessingMinutes(), line.complaintsReceived(),
                    line.complaintsResolved());
            OperationalRecord record = records.exists(line.serviceUnitCode(), month.firstDay())
                    ? records.findForUpdate(line.serviceUnitCode(), month.firstDay()).orElse(null) : null;
            if (record != null) {
                statuses.put(row.row(), record.replace(figures, now, user.subject()) ? Status.REPLACED
                        : Status.UNCHANGED);
            } else {
                record = new OperationalRecord(new OperationalRecord.Key(line.serviceUnitCode(), month.firstDay()),
                        figures, now, user.subject());
                records.persist(record);
                statuses.put(row.row(), Status.CREATED);
            }
            written.put(row.row(), record);
        }
        if (!dryRun) {
            // Another request may create one of these records between our look-up and our insert.
            UniqueKeys.writeOrConflict(UniqueKeys.PRIMARY_KEY, records::flush,
                    () -> new ConflictProblem("problem.operations.import.created-meanwhile.detail"));
        }
        List<OperationsImportResult.Row> report = rows.stream().map(row -> {
            List<FieldMessage> rowErrors = errors.get(row.row());
            Status status = rowErrors.isEmpty() ? statuses.get(row.row()) : Status.FAILED;
            OperationalRecord record = written.get(row.row());
            OperationsImportRow.Line line = row.line();
            return new OperationsImportResult.Row(row.row(), line == null ? null : line.serviceUnitCode(),
                    line == null ? null : line.period(), status, record == null ? null : record.version(),
                    rowErrors.stream().sorted(Comparator.comparing(FieldMessage::field)).toList());
        }).toList();
        int failed = (int) report.stream().filter(row -> row.status() == Status.FAILED).count();
        int changed = (int) report.stream().filter(row -> row.status() == Status.CREATED
                || row.status() == Status.REPLACED).count();
        return new OperationsImportResult(dryRun, changed, failed, report);
    }

    private boolean mayWrite(String unitCode) {
        try {
            access.requireSubmitter(unitCode);
            return true;
        } catch (ApiProblem | ForbiddenException refused) {
            return false;
        }
    }

    private static FieldMessage message(ApiProblem problem, Messages messages) {
        ApiProblem.FieldError error = problem.errors().get(0);
        return new FieldMessage(error.field(), messages.format(error.messageKey(), error.args()));
    }

}
