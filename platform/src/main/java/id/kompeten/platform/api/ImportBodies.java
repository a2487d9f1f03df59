package id.kompeten.platform.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.JsonInputErrors;
import id.kompeten.platform.error.JsonPaths;
import id.kompeten.platform.error.Problem.FieldMessage;
import id.kompeten.platform.i18n.Messages;
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

/**
 * Reads the body of a bulk import (a CSV file whose columns carry the names of the JSON fields, or a JSON array of
 * request bodies) into rows, leaving what a row means to the service. The file as a whole must be readable (400
 * otherwise, naming the row where reading failed); converting a row's cells is the service's, so a row whose cells do
 * not convert still comes back, carrying its errors. Each service keeps its own wording: every message key is the
 * given prefix plus a fixed suffix ({@code .not-utf8}, {@code .empty}, {@code .too-many-rows}, {@code .csv.*},
 * {@code .json-*}).
 */
public final class ImportBodies {

    private static final String WHOLE_BODY = JsonPaths.WHOLE_BODY;
    private static final String HEADER = "header";

    private static final ObjectReader CSV = new CsvMapper().readerFor(String[].class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvParser.Feature.SKIP_EMPTY_LINES);

    private final String keyPrefix;
    private final List<String> columns;
    private final Set<String> requiredColumns;
    private final ObjectMapper json;
    private final JsonInputErrors jsonErrors;

    /**
     * @param keyPrefix       of the message keys, e.g. {@code validation.course.import}
     * @param columns         the known CSV columns, in the documented order (the unknown-column message lists them)
     * @param requiredColumns the columns a CSV header must have
     */
    public ImportBodies(String keyPrefix, List<String> columns, Set<String> requiredColumns, ObjectMapper json,
            JsonInputErrors jsonErrors) {
        this.keyPrefix = keyPrefix;
        this.columns = List.copyOf(columns);
        this.requiredColumns = Set.copyOf(requiredColumns);
        this.json = json;
        this.jsonErrors = jsonErrors;
    }

    /** Turns one CSV data row (1-based number, cells by column; absent optional columns are absent keys) into a row. */
    @FunctionalInterface
    public interface CsvRowReader<R> {
        R read(int row, Map<String, String> cells);
    }

    /** Turns one element of the JSON array (1-based position) into a row; see {@link #element}. */
    @FunctionalInterface
    public interface JsonRowReader<R> {
        R read(int row, JsonNode element);
    }

    /**
     * One JSON element read as a request body: the text of its key field (null when it is not text), and either the
     * body or its errors, in the platform's words for the same errors in a single request.
     */
    public record Element<T>(String key, T body, List<FieldMessage> errors) {
    }

    /** The rows of the body; 400 when it cannot be read at all, has no rows or has more than {@code maxRows}. */
    public <R> List<R> read(boolean csvFormat, byte[] body, int maxRows, CsvRowReader<R> csvRow,
            JsonRowReader<R> jsonRow) {
        String text = utf8(body);
        List<R> rows = csvFormat ? csv(text, maxRows, csvRow) : json(text, maxRows, jsonRow);
        if (rows.isEmpty()) {
            throw new InvalidInputProblem(WHOLE_BODY, key("empty"));
        }
        return rows;
    }

    /** A JSON element as a body of {@code type}, with the text of its {@code keyField}. */
    public <T> Element<T> element(JsonNode node, String keyField, Class<T> type, Messages messages) {
        String key = node.path(keyField).isTextual() ? node.path(keyField).asText() : null;
        if (!node.isObject()) {
            return failed(key, new FieldMessage(WHOLE_BODY, messages.format(key("json-object"))));
        }
        try {
            return new Element<>(key, json.treeToValue(node, type), List.of());
        } catch (JsonMappingException e) {
            return failed(key, jsonErrors.error(e, messages));
        } catch (JsonProcessingException e) {
            return failed(key, new FieldMessage(WHOLE_BODY, messages.format("problem.field.invalid-value")));
        }
    }

    private static <T> Element<T> failed(String key, FieldMessage error) {
        return new Element<>(key, null, List.of(error));
    }

    private <R> List<R> csv(String text, int maxRows, CsvRowReader<R> reader) {
        List<R> rows = new ArrayList<>();
        List<String> header = null;
        try (MappingIterator<String[]> lines = CSV.readValues(text)) {
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
                    throw new InvalidInputProblem("row " + row, key("csv.cell-count"), cells.length, header.size());
                }
                Map<String, String> byColumn = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    byColumn.put(header.get(i), cells[i]);
                }
                rows.add(reader.read(row, byColumn));
            }
        } catch (IOException e) {
            // Only a quote left open reaches the end of the text; anything else is some other unreadable cell.
            String key = String.valueOf(e.getMessage()).contains("closing quote")
                    ? key("csv.unclosed-quote")
                    : key("csv.unreadable");
            throw new InvalidInputProblem(header == null ? HEADER : "row " + (rows.size() + 1), key);
        }
        return rows;
    }

    /** The header's column names: each known, none twice, every required one there. */
    private List<String> header(String[] cells) {
        List<String> names = Arrays.stream(cells).map(String::strip).toList();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : names) {
            if (!columns.contains(name)) {
                throw new InvalidInputProblem(HEADER, key("csv.unknown-column"), name, String.join(",", columns));
            }
            if (!seen.add(name)) {
                throw new InvalidInputProblem(HEADER, key("csv.column-twice"), name);
            }
        }
        List<String> missing = requiredColumns.stream().filter(column -> !seen.contains(column)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputProblem(HEADER, key("csv.missing-columns"), String.join(", ", missing));
        }
        return names;
    }

    private <R> List<R> json(String text, int maxRows, JsonRowReader<R> reader) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            throw new InvalidInputProblem(WHOLE_BODY, key("json-malformed"),
                    location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr());
        }
        if (root == null || !root.isArray()) {
            throw new InvalidInputProblem(WHOLE_BODY, key("json-array"));
        }
        if (root.size() > maxRows) {
            throw tooManyRows(maxRows);
        }
        List<R> rows = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            rows.add(reader.read(i + 1, root.get(i)));
        }
        return rows;
    }

    private String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            // Spreadsheets often start a UTF-8 file with a byte order mark.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputProblem(WHOLE_BODY, key("not-utf8"));
        }
    }

    private InvalidInputProblem tooManyRows(int maxRows) {
        return new InvalidInputProblem(WHOLE_BODY, key("too-many-rows"), maxRows);
    }

    private String key(String suffix) {
        return keyPrefix + "." + suffix;
    }
}
