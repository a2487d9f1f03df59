package id.kompeten.evaluation.service;

import java.time.LocalDate;
import java.util.Map;

/**
 * One survey response as a client sent it (JSON or a CSV row), before it is checked: scores by element code.
 *
 * @param respondent null when the response carries no respondent data
 */
public record SurveyInput(LocalDate date, String serviceType, Map<String, Integer> scores, Respondent respondent) {

    /** Optional facts about the respondent, as the survey form records them. */
    public record Respondent(String ageBand, String gender, String education, String occupation) {
    }
}
