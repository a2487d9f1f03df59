package id.kompeten.evaluation.service;

import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.evaluation.config.StandardsConfig;
import id.kompeten.evaluation.domain.PositionStandard;
import id.kompeten.evaluation.domain.PositionStandardRepository;
import id.kompeten.evaluation.domain.StandardRequirement;
import id.kompeten.evaluation.service.StandardImportResult.PositionStatus;
import id.kompeten.evaluation.service.StandardImportResult.RowStatus;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.Problem.FieldMessage;
import id.kompeten.platform.error.UniqueKeys;
import id.kompeten.platform.error.ViolationFields;
import id.kompeten.platform.i18n.Messages;
import id.kompeten.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Bulk import of position standards (e.g. from the agency's job-analysis spreadsheet): one row per required
 * competency; the rows of one position form its standard, which replaces the position's existing one (no If-Match:
 * the import is the agency's reference). Every row is checked like a requirement of a PUT (bean validation, the
 * competency known and active, not twice in its position) and the position's name agreed. A position with any bad
 * row is not written and the report says so; the other positions are, in one transaction. Standards are locked in
 * position-code order, so concurrent imports and PUTs cannot deadlock each other.
 */
@ApplicationScoped
public class StandardImportService {

    private static final String POSITION_CODE = "positionCode";
    private static final String POSITION_NAME = "positionName";
    private static final String COMPETENCY_CODE = "competencyCode";

    private final PositionStandardRepository standards;
    private final CatalogReplica catalog;
    private final Validator validator;
    private final ViolationFields fields;
    private final CurrentUser currentUser;
    private final StandardsConfig config;
    private final Clock clock;

    StandardImportService(PositionStandardRepository standards, CatalogReplica catalog, Validator validator,
            ViolationFields fields, CurrentUser currentUser, StandardsConfig config, Clock clock) {
        this.standards = standards;
        this.catalog = catalog;
        this.validator = validator;
        this.fields = fields;
        this.currentUser = currentUser;
        this.config = config;
        this.clock = clock;
    }

    /** At most this many rows per request ({@code kompeten.standards.import-max-rows}). */
    public int maxRows() {
        return config.importMaxRows();
    }

    /**
     * Checks and (unless {@code dryRun}) writes the standards of an import file, in one transaction.
     *
     * @param rows     the file's rows as read, at most {@link #maxRows()}
     * @param dryRun   check only; write nothing
     * @param messages the language of the result's messages
     */
    @Transactional
    public StandardImportResult importStandards(List<StandardImportRow> rows, boolean dryRun, Messages messages) {
        List<StandardImportLine> lines = rows.stream().map(StandardImportRow::line).filter(Objects::nonNull).toList();
        CompetencyReferences references = CompetencyReferences.load(catalog, lines.stream()
                .map(StandardImportLine::competencyCode).filter(Objects::nonNull).collect(Collectors.toSet()));

        // Each row's own faults, then those against earlier rows of its position.
        Map<Integer, List<FieldMessage>> errors = new HashMap<>();
        Map<String, List<StandardImportRow>> byPosition = new TreeMap<>();
        Map<String, Integer> firstRowOfRequirement = new HashMap<>();
        Map<String, StandardImportRow> firstNamed = new HashMap<>();
        for (StandardImportRow row : rows) {
            List<FieldMessage> rowErrors = new ArrayList<>(row.errors());
            StandardImportLine line = row.line();
            if (line != null) {
                Set<String> unreadable = row.errors().stream().map(FieldMessage::field).collect(Collectors.toSet());
                validator.validate(line).stream()
                        .map(violation -> new FieldMessage(fields.field(violation), violation.getMessage()))
                        .filter(error -> !unreadable.contains(error.field()))
                        .sorted(Comparator.comparing(FieldMessage::field).thenComparing(FieldMessage::message))
                        .forEach(rowErrors::add);
                Set<String> faulty = rowErrors.stream().map(FieldMessage::field).collect(Collectors.toSet());
                if (!faulty.contains(COMPETENCY_CODE)) {
                    references.fault(COMPETENCY_CODE, line.competencyCode()).ifPresent(error -> rowErrors.add(
                            new FieldMessage(error.field(), messages.format(error.messageKey(), error.args()))));
                }
                if (!faulty.contains(POSITION_CODE)) {
                    byPosition.computeIfAbsent(line.positionCode(), code -> new ArrayList<>()).add(row);
                    checkAgainstEarlierRows(row, faulty, rowErrors, firstRowOfRequirement, firstNamed, messages);
                }
            }
            errors.put(row.row(), rowErrors);
        }

        Map<String, String> existingNames = standards.namesOf(byPosition.keySet());
        Instant now = Instant.now(clock);
        Map<String, StandardImportResult.Position> positions = new LinkedHashMap<>();
        Set<Integer> written = new HashSet<>();
        List<PositionStandard> created = new ArrayList<>();
        for (Map.Entry<String, List<StandardImportRow>> position : byPosition.entrySet()) {
            String code = position.getKey();
            List<StandardImportRow> positionRows = position.getValue();
            String name = positionRows.stream().map(row -> clean(row.line().positionName())).filter(Objects::nonNull)
                    .findFirst().orElse(existingNames.get(code));
            if (name == null) {
                StandardImportRow first = positionRows.get(0);
                errors.get(first.row()).add(new FieldMessage(POSITION_NAME,
                        messages.format("validation.standard.import.name-needed", code)));
            }
            List<Integer> numbers = positionRows.stream().map(StandardImportRow::row).toList();
            List<Integer> failed = numbers.stream().filter(number -> !errors.get(number).isEmpty()).toList();
            if (!failed.isEmpty()) {
                positions.put(code, new StandardImportResult.Position(code, PositionStatus.FAILED, numbers, failed,
                        null));
                continue;
            }
            if (dryRun) {
                positions.put(code, new StandardImportResult.Position(code, PositionStatus.VALID, numbers, failed,
                        null));
                continue;
            }
            List<StandardRequirement> requirements = positionRows.stream()
                    .map(row -> new StandardRequirement(row.line().competencyCode(), row.line().minLevel())).toList();
            PositionStatus status;
            PositionStandard standard = existingNames.containsKey(code)
                    ? standards.findForUpdate(code).orElse(null) // null: deleted since; created below
                    : null;
            if (standard != null) {
                status = standard.replace(name, requirements, now, currentUser.subject())
                        ? PositionStatus.REPLACED : PositionStatus.UNCHANGED;
            } else {
                standard = new PositionStandard(code, name, requirements, now, currentUser.subject());
                standards.persist(standard);
                created.add(standard);
                status = PositionStatus.CREATED;
            }
            written.addAll(numbers);
            positions.put(code, new StandardImportResult.Position(code, status, numbers, failed, null));
        }
        if (!dryRun) {
            // Another request may create one of these standards between our look-up and our insert.
            UniqueKeys.writeOrConflict(UniqueKeys.PRIMARY_KEY, standards::flush,
                    () -> new ConflictProblem("problem.position-standard.import.created-meanwhile.detail"));
        }

        List<StandardImportResult.Position> report = positions.values().stream()
                .map(position -> new StandardImportResult.Position(position.positionCode(), position.status(),
                        position.rows(), position.failedRows(), versionOf(position)))
                .toList();
        List<StandardImportResult.Row> rowReport = rows.stream().map(row -> {
            List<FieldMessage> rowErrors = errors.get(row.row());
            RowStatus status = !rowErrors.isEmpty() ? RowStatus.FAILED
                    : written.contains(row.row()) ? RowStatus.IMPORTED : RowStatus.VALID;
            StandardImportLine line = row.line();
            return new StandardImportResult.Row(row.row(), line == null ? null : line.positionCode(),
                    line == null ? null : line.competencyCode(), status,
                    rowErrors.stream().sorted(Comparator.comparing(FieldMessage::field)).toList());
        }).toList();
        int positionsWritten = (int) report.stream().filter(position -> position.version() != null
                && position.status() != PositionStatus.UNCHANGED).count();
        int positionsFailed = (int) report.stream().filter(p -> p.status() == PositionStatus.FAILED).count();
        int rowsFailed = (int) rowReport.stream().filter(row -> row.status() == RowStatus.FAILED).count();
        return new StandardImportResult(dryRun, positionsWritten, positionsFailed, rowsFailed, report, rowReport);
    }

    /** A competency required twice in one position; a position name that differs from an earlier row's. */
    private static void checkAgainstEarlierRows(StandardImportRow row, Set<String> faulty, List<FieldMessage> errors,
            Map<String, Integer> firstRowOfRequirement, Map<String, StandardImportRow> firstNamed, Messages messages) {
        StandardImportLine line = row.line();
        if (!faulty.contains(COMPETENCY_CODE)) {
            Integer first = firstRowOfRequirement.putIfAbsent(line.positionCode() + "\n" + line.competencyCode(),
                    row.row());
            if (first != null) {
                errors.add(new FieldMessage(COMPETENCY_CODE, messages.format(
                        "validation.standard.import.competency-repeated", line.competencyCode(), first)));
            }
        }
        String name = clean(line.positionName());
        if (name != null && !faulty.contains(POSITION_NAME)) {
            StandardImportRow named = firstNamed.putIfAbsent(line.positionCode(), row);
            if (named != null && !name.equals(clean(named.line().positionName()))) {
                errors.add(new FieldMessage(POSITION_NAME, messages.format("validation.standard.import.name-differs",
                        named.row(), clean(named.line().positionName()))));
            }
        }
    }

    private Long versionOf(StandardImportResult.Position position) {
        return switch (position.status()) {
            case CREATED, REPLACED, UNCHANGED -> standards.findByIdOptional(position.positionCode())
                    .map(PositionStandard::version).orElse(null);
            case FAILED, VALID -> null;
        };
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
