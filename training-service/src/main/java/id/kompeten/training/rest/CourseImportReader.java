package id.kompeten.training.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.contracts.catalog.LearningMethod;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.JsonInputErrors;
import id.kompeten.platform.error.JsonPaths;
import id.kompeten.platform.error.Problem.FieldMessage;
import id.kompeten.platform.i18n.Messages;
import id.kompeten.training.service.CourseImportFormat;
import id.kompeten.training.service.CourseImportRow;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

    private static final String WHOLE_BODY = JsonPaths.WHOLE_BODY;

    private final ObjectMapper json;
    private final JsonInputErrors jsonErrors;
    private final ObjectReader csv;

    CourseImportReader(ObjectMapper json, JsonInputErrors jsonErrors) {
        this.json = json;
        this.jsonErrors = jsonErrors;
        this.csv = new CsvMapper().readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES);
    }

    /**
     * The rows of the body, their errors in the language of {@code messages}; 400 when it cannot be read at all or has
     * more than {@code maxRows} rows.
     */
    List<CourseImportRow> read(CourseImportFormat format, byte[] body, int maxRows, Messages messages) {
        String text = utf8(body);
        List<CourseImportRow> rows = format == CourseImportFormat.CSV
                ? csv(text, maxRows, messages)
                : json(text, maxRows, messages);
        if (rows.isEmpty()) {
            throw new InvalidInputProblem(WHOLE_BODY, "validation.course.import.empty");
        }
        return rows;
    }

    private List<CourseImportRow> csv(String text, int maxRows, Messages messages) {
        List<CourseImportRow> rows = new ArrayList<>();
        List<String> header = null;
        try (MappingIterator<String[]> lines = csv.readValues(text)) {
            while (lines.hasNextValue()) {
                String[] cells = lines.nextValue();
                if (header == null) {
                    header = header(cells);
                    continue;
                }
                int row = rows.size() + 1;
                if (row > maxRows) {
                    throw tooManyRows(maxRows);
                }
                if (cells.length != header.size()) {
                    throw malformed("row " + row, "validation.course.import.csv.cell-count", cells.length,
                            header.size());
                }
                Map<String, String> byColumn = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    byColumn.put(header.get(i), cells[i]);
                }
                rows.add(new CsvRow(row, byColumn, messages).read());
            }
        } catch (IOException e) {
            // Only a quote left open reaches the end of the text; anything else is some other unreadable cell.
            String key = String.valueOf(e.getMessage()).contains("closing quote")
                    ? "validation.course.import.csv.unclosed-quote"
                    : "validation.course.import.csv.unreadable";
            throw malformed(header == null ? "header" : "row " + (rows.size() + 1), key);
        }
        return rows;
    }

    /** The header's column names: each known, none twice, every required one there. */
    private static List<String> header(String[] cells) {
        List<String> names = Arrays.stream(cells).map(String::strip).toList();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : names) {
            if (!COLUMNS.contains(name)) {
                throw new InvalidInputProblem("header", "validation.course.import.csv.unknown-column", name,
                        String.join(",", COLUMNS));
            }
            if (!seen.add(name)) {
                throw new InvalidInputProblem("header", "validation.course.import.csv.column-twice", name);
            }
        }
        List<String> missing = REQUIRED_COLUMNS.stream().filter(column -> !seen.contains(column)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputProblem("header", "validation.course.import.csv.missing-columns",
                    String.join(", ", missing));
        }
        return names;
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

    private List<CourseImportRow> json(String text, int maxRows, Messages messages) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            throw new InvalidInputProblem(WHOLE_BODY, "validation.course.import.json-malformed",
                    location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr());
        }
        if (root == null || !root.isArray()) {
            throw new InvalidInputProblem(WHOLE_BODY, "validation.course.import.json-array");
        }
        if (root.size() > maxRows) {
            throw tooManyRows(maxRows);
        }
        List<CourseImportRow> rows = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            rows.add(jsonRow(i + 1, root.get(i), messages));
        }
        return rows;
    }

    private CourseImportRow jsonRow(int row, JsonNode node, Messages messages) {
        String code = node.path("code").isTextual() ? node.path("code").asText() : null;
        if (!node.isObject()) {
            return new CourseImportRow(row, code, null,
                    List.of(new FieldMessage(WHOLE_BODY, messages.format("validation.course.import.json-object"))));
        }
        try {
            return new CourseImportRow(row, code, json.treeToValue(node, CourseRequest.class), List.of());
        } catch (JsonMappingException e) {
            // In the platform's words for the same errors in a single create.
            return new CourseImportRow(row, code, null, List.of(jsonErrors.error(e, messages)));
        } catch (JsonProcessingException e) {
            return new CourseImportRow(row, code, null,
                    List.of(new FieldMessage(WHOLE_BODY, messages.format("problem.field.invalid-value"))));
        }
    }

    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            // Spreadsheets often start a UTF-8 file with a byte order mark.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputProblem(WHOLE_BODY, "validation.course.import.not-utf8");
        }
    }

    private static InvalidInputProblem tooManyRows(int maxRows) {
        return new InvalidInputProblem(WHOLE_BODY, "validation.course.import.too-many-rows", maxRows);
    }

    /** 400 naming where the CSV could not be read: {@code row 3} (1-based data row) or {@code header}. */
    private static InvalidInputProblem malformed(String where, String key, Object... args) {
        return new InvalidInputProblem(where, key, args);
    }
}
