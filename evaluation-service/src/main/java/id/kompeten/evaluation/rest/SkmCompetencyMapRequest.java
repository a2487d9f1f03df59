package id.kompeten.evaluation.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of PUT /api/v1/skm-competency-maps/{agency}: the agency's whole map. */
@Schema(name = "SkmCompetencyMapRequest")
public record SkmCompetencyMapRequest(
        @NotNull @Size(max = 9) @Schema(description = "By element code (U1..U9, the regulation's order: U8 complaints"
                + " handling, U9 facilities), the catalogue competencies that develop it, each once, up to 10; an"
                + " element left out is unmapped (a weak score in it recommends nothing)",
                example = "{\"U3\": [\"SIAK\", \"MANAJEMEN-WAKTU\"], \"U7\": [\"KOMUNIKASI-PUBLIK\", \"PELAYANAN-PRIMA\"]}")
        Map<String, List<String>> elements) {
}
