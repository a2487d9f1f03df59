package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.SurveyInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON body of POST /api/v1/service-units/{code}/surveys: a batch of responses, stored all or none. */
@Schema(name = "SurveyBatch")
public record SurveyRequest(
        @Schema(description = "1 to 5,000 responses (kompeten.service-quality.survey-max-responses)")
        List<Response> responses) {

    @Schema(name = "SurveyResponse")
    public record Response(
            @Schema(description = "The day of the service; not after today (agency zone)", example = "2026-10-05")
            LocalDate date,
            @Schema(description = "The service received", example = "KTP-el") String serviceType,
            @Schema(description = "Every element U1..U9 in the regulation's numbering (U8 complaints, U9"
                    + " facilities), each 1 (not good) to 4 (very good)", type = SchemaType.OBJECT,
                    example = "{\"U1\": 3, \"U2\": 4, \"U3\": 3, \"U4\": 4, \"U5\": 3, \"U6\": 3, \"U7\": 4,"
                            + " \"U8\": 3, \"U9\": 3}") Map<String, Integer> scores,
            @Schema(description = "Optional facts the survey form records", nullable = true) Respondent respondent) {

        SurveyInput toInput() {
            return new SurveyInput(date, serviceType, scores, respondent == null ? null
                    : new SurveyInput.Respondent(respondent.ageBand(), respondent.gender(), respondent.education(),
                            respondent.occupation()));
        }
    }

    @Schema(name = "SurveyRespondent")
    public record Respondent(
            @Schema(example = "25-34", nullable = true) String ageBand,
            @Schema(example = "P", nullable = true) String gender,
            @Schema(example = "SMA", nullable = true) String education,
            @Schema(example = "Wiraswasta", nullable = true) String occupation) {
    }

    List<SurveyInput> toInputs() {
        return responses == null ? List.of()
                : responses.stream().map(response -> response == null ? null : response.toInput()).toList();
    }
}
