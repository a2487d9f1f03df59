package id.kompeten.training.service;

import id.kompeten.platform.error.ApiProblem.FieldError;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.Problem;
import id.kompeten.platform.error.UniqueKeys;
import id.kompeten.platform.error.ViolationFields;
import id.kompeten.platform.i18n.Messages;
import id.kompeten.training.domain.CompetencyRepository;
import id.kompeten.training.domain.Course;
import id.kompeten.training.domain.CourseRepository;
import id.kompeten.training.domain.ProviderRepository;
import id.kompeten.training.service.CourseImportResult.Status;
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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Bulk import of courses as DRAFTs (nothing is announced). Every row, as the API layer read it from the file, is
 * checked by the rules of a single create (bean validation of the body, the competencies and provider it names) and
 * against the other rows and the existing courses for its code; the result gives each row's fate. Nothing is written
 * when a row fails, unless partial import is asked for.
 */
@ApplicationScoped
public class CourseImportService {

    /** At most this many courses per request; the platform's body size limit (5 MB) applies as well. */
    public static final int MAX_ROWS = 5_000;
    /** Persist in slices of this many courses, so the persistence context stays small. */
    private static final int FLUSH_EVERY = 200;

    private final CourseRepository courses;
    private final CompetencyRepository competencies;
    private final ProviderRepository providers;
    private final Validator validator;
    private final ViolationFields fields;
    private final Clock clock;

    CourseImportService(CourseRepository courses, CompetencyRepository competencies, ProviderRepository providers,
            Validator validator, ViolationFields fields, Clock clock) {
        this.courses = courses;
        this.competencies = competencies;
        this.providers = providers;
        this.validator = validator;
        this.fields = fields;
        this.clock = clock;
    }

    /**
     * Checks and (unless {@code dryRun}) writes the courses of an import file, in one transaction.
     *
     * @param format   the file's format, which names the fields in errors
     * @param rows     the file's rows as read, at most {@link #MAX_ROWS}
     * @param partial  write the valid rows even when others fail
     * @param dryRun   check only; write nothing
     * @param messages the language of the result's messages
     */
    @Transactional
    public CourseImportResult importCourses(CourseImportFormat format, List<CourseImportRow> rows, boolean partial,
            boolean dryRun, Messages messages) {
        List<NewCourse> requests = rows.stream().map(CourseImportRow::request).filter(Objects::nonNull).toList();
        CourseReferences references = CourseReferences.load(competencies, providers, requests);
        Set<String> taken = courses.existingCodes(requests.stream().map(NewCourse::code).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<String, Integer> firstRowOfCode = new HashMap<>();

        List<Checked> checked = new ArrayList<>();
        for (CourseImportRow row : rows) {
            checked.add(new Checked(row, check(row, references, taken, firstRowOfCode, format, messages)));
        }
        long failed = checked.stream().filter(row -> !row.errors().isEmpty()).count();
        boolean write = !dryRun && (failed == 0 || partial);
        Map<Integer, String> ids = write ? write(checked) : Map.of();

        List<CourseImportResult.Row> report = checked.stream().map(row -> {
            String id = ids.get(row.row().row());
            Status status = !row.errors().isEmpty() ? Status.FAILED : id != null ? Status.IMPORTED : Status.VALID;
            return new CourseImportResult.Row(row.row().row(), row.row().code(), status, id, row.errors());
        }).toList();
        return new CourseImportResult(ids.size(), (int) failed, report);
    }

    /** Every error of one row: reading, bean validation, references, and its code; one per field, the first found. */
    private List<Problem.FieldMessage> check(CourseImportRow row, CourseReferences references, Set<String> taken,
            Map<String, Integer> firstRowOfCode, CourseImportFormat format, Messages messages) {
        Map<String, String> byField = new HashMap<>();
        row.errors().forEach(error -> byField.putIfAbsent(format.field(error.field()), error.message()));
        NewCourse request = row.request();
        if (request != null) {
            // Sorted, so which of two messages on one field is kept does not depend on the validator's order.
            validator.validate(request).stream()
                    .map(violation -> Map.entry(fields.field(violation), violation.getMessage()))
                    .sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.<String, String>comparingByValue()))
                    .forEach(error -> byField.putIfAbsent(format.field(error.getKey()), error.getValue()));
            references.check(request, null).forEach(error -> add(byField, format, error, messages));
            String code = request.code();
            if (code != null && !byField.containsKey("code")) {
                Integer first = firstRowOfCode.putIfAbsent(code, row.row());
                if (first != null) {
                    add(byField, format, new FieldError("code", "validation.course.import.code-repeated", first), messages);
                } else if (taken.contains(code)) {
                    add(byField, format, new FieldError("code", "validation.course.import.code-taken", code), messages);
                }
            }
        }
        return byField.entrySet().stream()
                .map(entry -> new Problem.FieldMessage(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(Problem.FieldMessage::field))
                .toList();
    }

    private static void add(Map<String, String> byField, CourseImportFormat format, FieldError error, Messages messages) {
        byField.putIfAbsent(format.field(error.field()), messages.format(error.messageKey(), error.args()));
    }

    /** Writes the rows without errors as drafts; returns the new course ids by row number. */
    private Map<Integer, String> write(List<Checked> checked) {
        Map<Integer, String> ids = new HashMap<>();
        Instant now = Instant.now(clock);
        // Thousands of rows: send the inserts in JDBC batches (for this session only).
        courses.getEntityManager().unwrap(Session.class).setJdbcBatchSize(FLUSH_EVERY);
        // Another request may create one of these codes between our check and our insert.
        UniqueKeys.writeOrConflict(CourseService.CODE_INDEX, () -> {
            for (Checked row : checked) {
                if (!row.errors().isEmpty()) {
                    continue;
                }
                NewCourse request = row.row().request();
                Course course = Course.draft(request.toDefinition(request.code()), now);
                courses.persist(course);
                ids.put(row.row().row(), course.id());
                if (ids.size() % FLUSH_EVERY == 0) {
                    courses.flush();
                    courses.getEntityManager().clear();
                }
            }
            courses.flush();
        }, () -> new ConflictProblem("problem.course.import.code-race.detail"));
        return ids;
    }

    private record Checked(CourseImportRow row, List<Problem.FieldMessage> errors) {
    }
}
