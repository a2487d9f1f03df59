package id.kompeten.enrollment.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.enrollment.domain.EmployeeType;
import id.kompeten.enrollment.service.ParticipantImportRow;
import id.kompeten.platform.api.ImportBodies;
import id.kompeten.platform.error.JsonInputErrors;
import id.kompeten.platform.error.Problem.FieldMessage;
import id.kompeten.platform.i18n.Messages;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
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

    private final ImportBodies bodies;

    ParticipantImportReader(ObjectMapper json, JsonInputErrors jsonErrors) {
        this.bodies = new ImportBodies("validation.participant.import", COLUMNS, REQUIRED_COLUMNS, json, jsonErrors);
    }

    /**
     * The rows of the body, their errors in the language of {@code messages}; 400 when it cannot be read at all or has
     * more than {@code maxRows} rows.
     */
    List<ParticipantImportRow> read(boolean csvFormat, byte[] body, int maxRows, Messages messages) {
        return bodies.read(csvFormat, body, maxRows, (row, cells) -> csvRow(row, cells, messages),
                (row, node) -> jsonRow(row, node, messages));
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

    private ParticipantImportRow jsonRow(int row, JsonNode node, Messages messages) {
        ImportBodies.Element<ParticipantRequest> element =
                bodies.element(node, "nip", ParticipantRequest.class, messages);
        return new ParticipantImportRow(row, element.key(), element.body(), element.errors());
    }
}
