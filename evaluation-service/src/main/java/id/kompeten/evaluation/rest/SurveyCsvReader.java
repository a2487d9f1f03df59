package id.kompeten.evaluation.rest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.kompeten.evaluation.domain.SkmElement;
import id.kompeten.evaluation.service.SurveyInput;
import id.kompeten.platform.error.ApiProblem.FieldError;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.JsonPaths;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a CSV export of survey responses, one response per row, into the same inputs as the JSON body. Columns are
 * found by their header, in any order, case-insensitive: {@code date}, {@code serviceType}, the nine elements (by
 * code {@code U1}..{@code U9} or by label, Indonesian or English, e.g. {@code Perilaku Pelaksana}), and optionally
 * {@code ageBand}, {@code gender}, {@code education}, {@code occupation}. Columns headed by a code follow the
 * regulation's numbering unless {@link ElementOrder#ESKM_SWAPPED} says the file numbers facilities U8 and complaints
 * U9, as many e-SKM apps do; columns headed by a label are always the element the label names. Separator: comma, or
 * semicolon when the header line has more semicolons than commas. Errors name fields as the JSON body would
 * ({@code responses[i]} is data row i+1), or {@code header} / {@code row n} when the file cannot be read.
 */
@Singleton
class SurveyCsvReader {

    /** How columns headed by an element code are numbered. */
    enum ElementOrder {
        /** U1..U9 as PermenPAN-RB 14/2017 numbers them (U8 complaints, U9 facilities). */
        REGULATION,
        /** U8 is facilities and infrastructure, U9 handling of complaints (many e-SKM apps). */
        ESKM_SWAPPED
    }

    static final String CSV = "text/csv";
    private static final String HEADER = "header";
    private static final List<String> FIELDS = List.of("date", "serviceType", "ageBand", "gender", "education",
            "occupation");

    /** One column: a plain field or an element. */
    private record Column(String field, SkmElement element) {
    }

    List<SurveyInput> read(byte[] body, ElementOrder order) {
        String text = utf8(body);
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        // Spreadsheets in Indonesian locales export with semicolons; labels may hold commas, so count rather than look.
        char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        ObjectReader reader = new CsvMapper().readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator));
        List<Column> header = null;
        List<SurveyInput> inputs = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        try (MappingIterator<String[]> lines = reader.readValues(text)) {
            while (lines.hasNextValue()) {
                String[] cells = lines.nextValue();
                if (header == null) {
                    header = header(cells, order);
                    continue;
                }
                int index = inputs.size();
                if (cells.length != header.size()) {
                    throw new InvalidInputProblem("row " + (index + 1), "validation.skm.csv.cell-count", cells.length,
                            header.size());
                }
                inputs.add(row(index, header, cells, errors));
            }
        } catch (IOException e) {
            throw new InvalidInputProblem(header == null ? HEADER : "row " + (inputs.size() + 1),
                    "validation.skm.csv.unreadable");
        }
        if (header == null) {
            throw new InvalidInputProblem(HEADER, "validation.skm.csv.empty");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputProblem(errors.subList(0, Math.min(errors.size(), 100)));
        }
        return inputs;
    }

    private static List<Column> header(String[] cells, ElementOrder order) {
        List<Column> columns = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (String cell : cells) {
            String name = cell.strip();
            Optional<String> field = FIELDS.stream().filter(known -> known.equalsIgnoreCase(name)).findFirst();
            Column column;
            if (field.isPresent()) {
                column = new Column(field.get(), null);
            } else {
                SkmElement element = SkmElement.byCodeOrLabel(name).orElseThrow(() -> new InvalidInputProblem(HEADER,
                        "validation.skm.csv.unknown-column", name));
                boolean byCode = element.name().equalsIgnoreCase(name);
                if (byCode && order == ElementOrder.ESKM_SWAPPED) {
                    element = element == SkmElement.U8 ? SkmElement.U9
                            : element == SkmElement.U9 ? SkmElement.U8 : element;
                }
                column = new Column(null, element);
            }
            String key = column.field() != null ? column.field() : column.element().name();
            String earlier = seen.putIfAbsent(key, name);
            if (earlier != null) {
                throw new InvalidInputProblem(HEADER, "validation.skm.csv.column-twice", name, earlier);
            }
            columns.add(column);
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("date", "serviceType")) {
            if (!seen.containsKey(required)) {
                missing.add(required);
            }
        }
        for (SkmElement element : SkmElement.values()) {
            if (!seen.containsKey(element.name())) {
                missing.add(element.name() + " (" + element.labelId() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputProblem(HEADER, "validation.skm.csv.missing-columns", String.join(", ", missing));
        }
        return columns;
    }

    private static SurveyInput row(int index, List<Column> header, String[] cells, List<FieldError> errors) {
        String at = "responses[" + index + "].";
        Map<String, String> fields = new HashMap<>();
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].strip();
            Column column = header.get(i);
            if (column.field() != null) {
                fields.put(column.field(), cell.isEmpty() ? null : cell);
            } else if (!cell.isEmpty()) {
                try {
                    scores.put(column.element().name(), Integer.valueOf(cell));
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(at + "scores." + column.element().name(), "validation.skm.csv.score",
                            cell));
                    scores.put(column.element().name(), null);
                }
            }
        }
        LocalDate date = null;
        String dateCell = fields.get("date");
        if (dateCell != null) {
            try {
                date = LocalDate.parse(dateCell);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(at + "date", "validation.skm.csv.date", dateCell));
            }
        }
        SurveyInput.Respondent respondent = new SurveyInput.Respondent(fields.get("ageBand"), fields.get("gender"),
                fields.get("education"), fields.get("occupation"));
        boolean anyRespondent = respondent.ageBand() != null || respondent.gender() != null
                || respondent.education() != null || respondent.occupation() != null;
        return new SurveyInput(date, fields.get("serviceType"), scores, anyRespondent ? respondent : null);
    }

    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // spreadsheets' byte order mark
        } catch (CharacterCodingException e) {
            throw new InvalidInputProblem(JsonPaths.WHOLE_BODY, "validation.skm.csv.not-utf8");
        }
    }

    private static long count(String text, char wanted) {
        return text.chars().filter(c -> c == wanted).count();
    }
}
