package id.kompeten.evaluation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.evaluation.service.OperationsImportRow;
import id.kompeten.platform.api.ImportBodies;
import id.kompeten.platform.error.JsonInputErrors;
import id.kompeten.platform.error.Problem.FieldMessage;
import id.kompeten.platform.i18n.Messages;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads an operational-records import (CSV columns named as the JSON fields) into rows, through ImportBodies. */
@Singleton
class OperationsImportReader {

    static final List<String> COLUMNS = List.of("serviceUnitCode", "period", "transactions", "meanWaitingMinutes",
            "meanProcessingMinutes", "complaintsReceived", "complaintsResolved");

    private final ImportBodies bodies;

    OperationsImportReader(ObjectMapper json, JsonInputErrors jsonErrors) {
        this.bodies = new ImportBodies("validation.operations.import", COLUMNS, Set.copyOf(COLUMNS), json,
                jsonErrors);
    }

    List<OperationsImportRow> read(boolean csvFormat, byte[] body, int maxRows, Messages messages) {
        return bodies.read(csvFormat, body, maxRows, (row, cells) -> csvRow(row, cells, messages),
                (row, node) -> jsonRow(row, node, messages));
    }

    private static OperationsImportRow csvRow(int row, Map<String, String> cells, Messages messages) {
        List<FieldMessage> errors = new ArrayList<>();
        return new OperationsImportRow(row, new OperationsImportLineRequest(cell(cells, "serviceUnitCode"),
                cell(cells, "period"), whole(cells, "transactions", errors, messages),
                decimal(cells, "meanWaitingMinutes", errors, messages),
                decimal(cells, "meanProcessingMinutes", errors, messages),
                whole(cells, "complaintsReceived", errors, messages),
                whole(cells, "complaintsResolved", errors, messages)), errors);
    }

    private static Integer whole(Map<String, String> cells, String column, List<FieldMessage> errors,
            Messages messages) {
        String value = cell(cells, column);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldMessage(column, messages.format("validation.operations.import.whole", value)));
            return null;
        }
    }

    private static BigDecimal decimal(Map<String, String> cells, String column, List<FieldMessage> errors,
            Messages messages) {
        String value = cell(cells, column);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldMessage(column, messages.format("validation.operations.import.decimal", value)));
            return null;
        }
    }

    private static String cell(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private OperationsImportRow jsonRow(int row, JsonNode node, Messages messages) {
        ImportBodies.Element<OperationsImportLineRequest> element =
                bodies.element(node, "serviceUnitCode", OperationsImportLineRequest.class, messages);
        return new OperationsImportRow(row, element.body(), element.errors());
    }
}
