package id.kompeten.training.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.contracts.catalog.LearningMethod;
import id.kompeten.platform.api.ImportBodies;
import id.kompeten.platform.error.JsonInputErrors;
import id.kompeten.platform.error.Problem.FieldMessage;
import id.kompeten.platform.i18n.Messages;
import id.kompeten.training.service.CourseImportFormat;
import id.kompeten.training.service.CourseImportRow;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an import file (POST /api/v1/courses:import) into rows of create bodies. The file as a whole must be readable
 * (400 otherwise, naming the row where reading failed); a row whose cells do not convert (a number that is not one, an
 * unknown method) is still a row, carrying its errors, so the report can show every row's problems at once.
 */
@Singleton
class CourseImportReader {

    /** The CSV columns, in the documented order; any order is accepted, optional ones may be left out. */
    static final List<String> COLUMNS = List.of("code", "title", "description", "objectives", "competencies",
            "methods", "deliveryMode", "jp", "providerId", "minAttendancePercent", "minPostTestScore",
            "targetPositionCodes", "targetDescription");
    static final Set<String> REQUIRED_COLUMNS = Set.of("code", "title", "methods", "deliveryMode", "jp", "providerId");
    /** Separates the entries of a list cell (objectives, competencies, methods, position codes). */
    static final String LIST_SEPARATOR = ";";

    private final ImportBodies bodies;

    CourseImportReader(ObjectMapper json, JsonInputErrors jsonErrors) {
        this.bodies = new ImportBodies("validation.course.import", COLUMNS, REQUIRED_COLUMNS, json, jsonErrors);
    }

    /**
     * The rows of the body, their errors in the language of {@code messages}; 400 when it cannot be read at all or has
     * more than {@code maxRows} rows.
     */
    List<CourseImportRow> read(CourseImportFormat format, byte[] body, int maxRows, Messages messages) {
        return bodies.read(format == CourseImportFormat.CSV, body, maxRows,
                (row, cells) -> new CsvRow(row, cells, messages).read(),
                (row, node) -> jsonRow(row, node, messages));
    }

    /** One CSV row's cells, converted into a create body; cells that do not convert become errors. */
    private static final class CsvRow {

        private final int row;
        private final Map<String, String> cells;
        private final Messages messages;
        private final List<FieldMessage> errors = new ArrayList<>();

        CsvRow(int row, Map<String, String> cells, Messages messages) {
            this.row = row;
            this.cells = cells;
            this.messages = messages;
        }

        CourseImportRow read() {
            Integer minAttendance = integer("minAttendancePercent");
            Integer minPostTest = integer("minPostTestScore");
            List<String> positions = list("targetPositionCodes");
            String targetDescription = cell("targetDescription");
            CourseRequest request = new CourseRequest(cell("code"), cell("title"), cell("description"),
                    list("objectives"), competencies(), methods(),
                    enumValue(DeliveryMode.class, "deliveryMode"), integer("jp"), cell("providerId"),
                    minAttendance == null && minPostTest == null ? null : new CoursePassRulesDto(minAttendance, minPostTest),
                    positions.isEmpty() && targetDescription == null
                            ? null
                            : new CourseTargetAudienceDto(positions, targetDescription));
            return new CourseImportRow(row, request.code(), request, errors);
        }

        private void error(String field, String key, Object... args) {
            errors.add(new FieldMessage(field, messages.format(key, args)));
        }

        private String cell(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        private List<String> list(String column) {
            String value = cell(column);
            return value == null
                    ? List.of()
                    : Arrays.stream(value.split(LIST_SEPARATOR)).map(String::strip).filter(item -> !item.isEmpty()).toList();
        }

        private Integer integer(String column) {
            String value = cell(column);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                error(column, "validation.course.import.integer", value);
                return null;
            }
        }

        private <E extends Enum<E>> E enumValue(Class<E> type, String column) {
            String value = cell(column);
            return value == null ? null : enumValue(type, column, value);
        }

        private <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                error(field, "validation.enum.invalid", value, Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", ")));
                return null;
            }
        }

        private Set<LearningMethod> methods() {
            return list("methods").stream()
                    .map(value -> enumValue(LearningMethod.class, "methods", value))
                    .filter(Objects::nonNull)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        /** {@code CODE:level;CODE:level}. */
        private List<CourseCompetencyDto> competencies() {
            List<String> entries = list("competencies");
            List<CourseCompetencyDto> competencies = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                String entry = entries.get(i);
                int colon = entry.lastIndexOf(':');
                if (colon < 0) {
                    error("competencies[" + i + "]", "validation.course.import.competency-format", entry);
                    continue;
                }
                String level = entry.substring(colon + 1).strip();
                try {
                    competencies.add(new CourseCompetencyDto(entry.substring(0, colon).strip(), Integer.valueOf(level)));
                } catch (NumberFormatException e) {
                    error("competencies[" + i + "].level", "validation.course.import.integer", level);
                }
            }
            return competencies;
        }
    }

    private CourseImportRow jsonRow(int row, JsonNode node, Messages messages) {
        ImportBodies.Element<CourseRequest> element = bodies.element(node, "code", CourseRequest.class, messages);
        return new CourseImportRow(row, element.key(), element.body(), element.errors());
    }
}
