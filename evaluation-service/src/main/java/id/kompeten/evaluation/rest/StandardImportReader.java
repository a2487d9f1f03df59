package id.kompeten.evaluation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.evaluation.service.StandardImportRow;
import id.kompeten.platform.api.ImportBodies;
import id.kompeten.platform.error.JsonInputErrors;
import id.kompeten.platform.error.Problem.FieldMessage;
import id.kompeten.platform.i18n.Messages;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a standards import file into rows. The file as a whole must be readable (400 otherwise, naming the row where
 * reading failed); a row whose level is not a whole number is still a row, carrying its error, so the report shows
 * every row's problems at once. CSV columns carry the names of the JSON fields.
 */
@Singleton
class StandardImportReader {

    static final List<String> COLUMNS = List.of("positionCode", "positionName", "competencyCode", "minLevel");
    static final Set<String> REQUIRED_COLUMNS = Set.of("positionCode", "competencyCode", "minLevel");
    static final String CSV = "text/csv";
    private static final String MIN_LEVEL = "minLevel";

    private final ImportBodies bodies;

    StandardImportReader(ObjectMapper json, JsonInputErrors jsonErrors) {
        this.bodies = new ImportBodies("validation.standard.import", COLUMNS, REQUIRED_COLUMNS, json, jsonErrors);
    }

    List<StandardImportRow> read(boolean csvFormat, byte[] body, int maxRows, Messages messages) {
        return bodies.read(csvFormat, body, maxRows, (row, cells) -> csvRow(row, cells, messages),
                (row, node) -> jsonRow(row, node, messages));
    }

    private static StandardImportRow csvRow(int row, Map<String, String> cells, Messages messages) {
        List<FieldMessage> errors = new ArrayList<>();
        Integer level = null;
        String levelCell = cell(cells, MIN_LEVEL);
        if (levelCell != null) {
            try {
                level = Integer.valueOf(levelCell);
            } catch (NumberFormatException e) {
                errors.add(new FieldMessage(MIN_LEVEL, messages.format("validation.standard.import.level", levelCell)));
            }
        }
        return new StandardImportRow(row, new StandardImportLineRequest(cell(cells, "positionCode"),
                cell(cells, "positionName"), cell(cells, "competencyCode"), level), errors);
    }

    private static String cell(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private StandardImportRow jsonRow(int row, JsonNode node, Messages messages) {
        ImportBodies.Element<StandardImportLineRequest> element =
                bodies.element(node, "positionCode", StandardImportLineRequest.class, messages);
        return new StandardImportRow(row, element.body(), element.errors());
    }
}
