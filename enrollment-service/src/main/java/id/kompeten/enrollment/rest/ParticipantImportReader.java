package id.kompeten.enrollment.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import id.kompeten.enrollment.domain.EmployeeType;
import id.kompeten.enrollment.service.ParticipantImportRow;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.JsonInputErrors;
import id.kompeten.platform.error.JsonPaths;
import id.kompeten.platform.error.Problem.FieldMessage;
import id.kompeten.platform.i18n.Messages;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an import file (POST /api/v1/participants:import) into rows of registration bodies. The file as a whole must
 * be readable (400 otherwise, naming the row where reading failed); a row whose cells do not convert (an unknown
 * employee type) is still a row, carrying its errors, so the report shows every row's problems at once. CSV columns
 * carry the names of the JSON fields.
 */
@Singleton
class ParticipantImportReader {

    /** The CSV columns, in the documented order; any order is accepted, optional ones may be left out. */
    static final List<String> COLUMNS = List.of("nip", "name", "email", "phone", "employeeType", "agency", "unitCode",
            "positionCode", "positionName", "supervisorNip");
    static final Set<String> REQUIRED_COLUMNS =
            Set.of("nip", "name", "employeeType", "agency", "unitCode", "positionCode", "positionName");
    static final String CSV = "text/csv";

    private static final String WHOLE_BODY = JsonPaths.WHOLE_BODY;

    private final ObjectMapper json;
    private final JsonInputErrors jsonErrors;
    private final ObjectReader csv;

    ParticipantImportReader(ObjectMapper json, JsonInputErrors jsonErrors) {
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
    List<ParticipantImportRow> read(boolean csvFormat, byte[] body, int maxRows, Messages messages) {
        String text = utf8(body);
        List<ParticipantImportRow> rows = csvFormat ? csv(text, maxRows, messages) : json(text, maxRows, messages);
        if (rows.isEmpty()) {
            throw new InvalidInputProblem(WHOLE_BODY, "validation.participant.import.empty");
        }
        return rows;
    }

    private List<ParticipantImportRow> csv(String text, int maxRows, Messages messages) {
        List<ParticipantImportRow> rows = new ArrayList<>();
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
                    throw new InvalidInputProblem("row " + row, "validation.participant.import.csv.cell-count",
                            cells.length, header.size());
                }
                Map<String, String> byColumn = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    byColumn.put(header.get(i), cells[i]);
                }
                rows.add(csvRow(row, byColumn, messages));
            }
        } catch (IOException e) {
            // Only a quote left open reaches the end of the text; anything else is some other unreadable cell.
            String key = String.valueOf(e.getMessage()).contains("closing quote")
                    ? "validation.participant.import.csv.unclosed-quote"
                    : "validation.participant.import.csv.unreadable";
            throw new InvalidInputProblem(header == null ? "header" : "row " + (rows.size() + 1), key);
        }
        return rows;
    }

    /** The header's column names: each known, none twice, every required one there. */
    private static List<String> header(String[] cells) {
        List<String> names = Arrays.stream(cells).map(String::strip).toList();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : names) {
            if (!COLUMNS.contains(name)) {
                throw new InvalidInputProblem("header", "validation.participant.import.csv.unknown-column", name,
                        String.join(",", COLUMNS));
            }
            if (!seen.add(name)) {
                throw new InvalidInputProblem("header", "validation.participant.import.csv.column-twice", name);
            }
        }
        List<String> missing = REQUIRED_COLUMNS.stream().filter(column -> !seen.contains(column)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputProblem("header", "validation.participant.import.csv.missing-columns",
                    String.join(", ", missing));
        }
        return names;
    }

    /** One CSV row as a registration body; an employee type that is not one becomes an error of the row. */
    private static ParticipantImportRow csvRow(int row, Map<String, String> cells, Messages messages) {
        List<FieldMessage> errors = new ArrayList<>();
        EmployeeType type = null;
        String typeCell = cell(cells, "employeeType");
        if (typeCell != null) {
            try {
                type = EmployeeType.valueOf(typeCell);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldMessage("employeeType", messages.format("validation.enum.invalid", typeCell,
                        Arrays.stream(EmployeeType.values()).map(Enum::name).collect(Collectors.joining(", ")))));
            }
        }
        ParticipantRequest request = new ParticipantRequest(cell(cells, "nip"), cell(cells, "name"),
                cell(cells, "email"), cell(cells, "phone"), type, cell(cells, "agency"), cell(cells, "unitCode"),
                cell(cells, "positionCode"), cell(cells, "positionName"), cell(cells, "supervisorNip"));
        return new ParticipantImportRow(row, request.nip(), request, errors);
    }

    private static String cell(Map<String, String> cells, String column) {
        return Texts.clean(cells.get(column));
    }

    private List<ParticipantImportRow> json(String text, int maxRows, Messages messages) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            throw new InvalidInputProblem(WHOLE_BODY, "validation.participant.import.json-malformed",
                    location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr());
        }
        if (root == null || !root.isArray()) {
            throw new InvalidInputProblem(WHOLE_BODY, "validation.participant.import.json-array");
        }
        if (root.size() > maxRows) {
            throw tooManyRows(maxRows);
        }
        List<ParticipantImportRow> rows = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            rows.add(jsonRow(i + 1, root.get(i), messages));
        }
        return rows;
    }

    private ParticipantImportRow jsonRow(int row, JsonNode node, Messages messages) {
        String nip = node.path("nip").isTextual() ? node.path("nip").asText() : null;
        if (!node.isObject()) {
            return new ParticipantImportRow(row, nip, null, List.of(
                    new FieldMessage(WHOLE_BODY, messages.format("validation.participant.import.json-object"))));
        }
        try {
            return new ParticipantImportRow(row, nip, json.treeToValue(node, ParticipantRequest.class), List.of());
        } catch (JsonMappingException e) {
            // In the platform's words for the same errors in a single registration.
            return new ParticipantImportRow(row, nip, null, List.of(jsonErrors.error(e, messages)));
        } catch (JsonProcessingException e) {
            return new ParticipantImportRow(row, nip, null,
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
            throw new InvalidInputProblem(WHOLE_BODY, "validation.participant.import.not-utf8");
        }
    }

    private static InvalidInputProblem tooManyRows(int maxRows) {
        return new InvalidInputProblem(WHOLE_BODY, "validation.participant.import.too-many-rows", maxRows);
    }
}
