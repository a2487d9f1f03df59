package id.kompeten.evaluation.domain;

import java.time.LocalDate;
import java.util.Map;

/** One citizen's answers to the survey, as stored (one row per response, the nine scores as columns). */
public record SkmResponse(LocalDate date, String serviceType, Map<SkmElement, Integer> scores, String ageBand,
        String gender, String education, String occupation) {
}
