package id.kompeten.contracts.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An employee's level in one competency changed: a completed course raised it, an evaluator's assessment set it
 * (possibly lower, with a reason), or an admin entered it. One event per changed competency; nothing is published
 * when a completion does not raise the level. Key: the employee's NIP.
 *
 * @param nip            the employee's NIP or NI PPPK
 * @param competencyCode the catalogue's competency code
 * @param oldLevel       the level before (1-5); null when the profile had none for this competency
 * @param newLevel       the level after (1-5)
 * @param source         {@code COURSE}, {@code ASSESSMENT} or {@code MANUAL}
 * @param cause          what caused the change
 * @param obtainedOn     the date the new level counts from (the completion's or the assessment's date)
 * @param changeId       the history entry's id ({@code GET /api/v1/employees/{nip}/competency-profile/history})
 * @param occurredAt     when the profile changed
 */
public record CompetencyProfileUpdated(
        String nip,
        String competencyCode,
        Integer oldLevel,
        int newLevel,
        String source,
        Cause cause,
        LocalDate obtainedOn,
        String changeId,
        Instant occurredAt) implements EvaluationEvent {

    /**
     * What caused a change.
     *
     * @param type      {@code EVENT} (a consumed event) or {@code REQUEST} (an API request)
     * @param id        the consumed event's CloudEvents id, or the request's id (the assessment's id)
     * @param name      the event type (e.g. {@code CourseCompleted}) or the operation (e.g. {@code recordAssessment})
     * @param reference what it is about: the enrollment id of a completion, the assessment id of an assessment
     */
    public record Cause(String type, String id, String name, String reference) {
    }

    @Override
    public String aggregateId() {
        return nip;
    }
}
