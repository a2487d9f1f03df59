package id.kompeten.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.kompeten.evaluation.domain.Effectiveness;
import id.kompeten.evaluation.domain.LearningSummary;
import id.kompeten.evaluation.domain.TrainingEffect;
import id.kompeten.evaluation.service.EffectivenessService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A course's Kirkpatrick summary: counts, response rates and means only, no comment and no personal datum (L4 names
 * service units, not people). Means of
 * 1-5 answers and of scores have two decimals, rates (0-1) and normalised gains four; a mean or rate over nothing is
 * null.
 */
@Schema(name = "CourseEffectiveness")
public record EffectivenessView(
        @Schema(example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String courseId,
        @Schema(example = "Komunikasi Publik dan Simulasi Presentasi") String courseTitle,
        @Schema(description = "Over all the course's completions") Figures overall,
        @Schema(description = "Per session with completions, by first day") List<SessionFigures> sessions) {

    @Schema(name = "SessionEffectiveness")
    public record SessionFigures(
            @Schema(example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String sessionId,
            @Schema(description = "The catalogue's session code; null when the catalogue copy lacks the session",
                    nullable = true, example = "KOMPUB-2026-01") String code,
            @Schema(example = "2026-03-02") LocalDate startDate,
            @Schema(example = "2026-03-04") LocalDate endDate,
            Figures figures) {
    }

    @Schema(name = "EffectivenessFigures")
    public record Figures(
            @Schema(example = "4") int completions,
            Reaction reaction,
            Learning learning,
            Behaviour behaviour,
            @Schema(description = "L4 results in the service units") Results results) {
    }

    @Schema(name = "ReactionFigures", description = "L1: the participants' reactions")
    public record Reaction(
            @Schema(example = "3") int responses,
            @Schema(description = "responses / completions", nullable = true, example = "0.75") BigDecimal responseRate,
            @Schema(nullable = true, example = "4.33") BigDecimal meanContent,
            @Schema(nullable = true, example = "4.67") BigDecimal meanTrainer,
            @Schema(nullable = true, example = "4.00") BigDecimal meanRelevance,
            @Schema(nullable = true, example = "3.33") BigDecimal meanFacilities,
            @Schema(description = "The mean of all four items of all responses", nullable = true, example = "4.08")
            BigDecimal meanOverall,
            @Schema(description = "True when there are responses but fewer than kompeten.evaluation.reaction"
                    + ".min-responses (3): the means are then null, so no one's anonymous answers can be read off them",
                    example = "false") boolean meansHidden) {
    }

    @Schema(name = "LearningFigures", description = "L2: pre- and post-test scores (0-100)")
    public record Learning(
            @Schema(description = "Completions with both scores: the means of scores and gains are over these",
                    example = "3") int measured,
            @Schema(description = "Completions without a pre or a post score, left out", example = "1")
            int scoresMissing,
            @Schema(nullable = true, example = "63.33") BigDecimal meanPreScore,
            @Schema(nullable = true, example = "86.67") BigDecimal meanPostScore,
            @Schema(description = "Mean of post − pre", nullable = true, example = "23.33") BigDecimal meanGain,
            @Schema(description = "Measured completions with pre < 100", example = "2") int normalisedGainDefined,
            @Schema(description = "Measured completions with pre = 100, whose normalised gain is undefined",
                    example = "1") int normalisedGainUndefined,
            @Schema(description = "Mean of (post − pre) / (100 − pre) over the defined ones", nullable = true,
                    example = "0.6250") BigDecimal meanNormalisedGain) {
    }

    @Schema(name = "BehaviourFigures", description = "L3: the supervisors' ratings of applied behaviour")
    public record Behaviour(
            @Schema(description = "Completions whose rating is due or given", example = "2") int dueOrRated,
            @Schema(example = "1") int rated,
            @Schema(description = "rated / dueOrRated", nullable = true, example = "0.5000") BigDecimal responseRate,
            @Schema(description = "Mean of every competency rating given", nullable = true, example = "3.50")
            BigDecimal meanRating,
            List<CompetencyRating> competencies) {
    }

    @Schema(name = "BehaviourCompetencyFigures")
    public record CompetencyRating(
            @Schema(example = "KOMUNIKASI-PUBLIK") String competencyCode,
            @Schema(example = "1") int ratings,
            @Schema(example = "4.00") BigDecimal meanRating) {
    }

    /** L4: the effect on the service units' quality (TrainingEffect), over the course or one session. */
    @Schema(name = "ResultsFigures", description = "L4 results: did the service units whose staff completed the"
            + " course improve more than comparable units that did not (difference in differences)? See the"
            + " operation's description for the method and its limits")
    public record Results(
            @Schema(description = "NO_SERVICE_UNITS: no service unit's parent unit has a completion, nothing to"
                    + " measure; PENDING: no month after the session is complete yet; PARTIAL: some are (figures over"
                    + " those; for the course, sessions differ); COMPLETE: every after month is complete",
                    enumeration = {"NO_SERVICE_UNITS", "PENDING", "PARTIAL", "COMPLETE"}, example = "COMPLETE")
            String status,
            @Schema(description = "(service unit, session) observations in the treated group", example = "2")
            int treatedObservations,
            @Schema(description = "(service unit, session) observations in the comparison group", example = "3")
            int comparisonObservations,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The session's periods; absent for the"
                    + " course (each session has its own)") ResultsViews.Window window,
            ResultsViews.IkmEffect ikm,
            @Schema(description = "Mean waiting minutes") ResultsViews.OperationsEffect meanWaitingMinutes,
            @Schema(description = "Complaints received per 1,000 transactions")
            ResultsViews.OperationsEffect complaintsPerThousand,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The session's units, treated first,"
                    + " each group by code, as far as the caller reads unit figures: ADMIN, EVALUATOR and INTEGRATION"
                    + " every unit, UNIT_ADMIN and SUPERVISOR those of their own unit, other roles none (the group"
                    + " figures count every unit); absent for the course") List<ResultsViews.Unit> units) {

        static Results of(TrainingEffect.CourseEffect course) {
            return new Results(course.status().name(), course.treatedObservations(), course.comparisonObservations(),
                    null, ResultsViews.IkmEffect.of(course.effects().ikm()),
                    ResultsViews.OperationsEffect.of(course.effects().meanWaitingMinutes()),
                    ResultsViews.OperationsEffect.of(course.effects().complaintsPerThousand()), null);
        }

        static Results of(TrainingEffect.SessionEffect session, Predicate<TrainingEffect.Observation> listed) {
            return new Results(session.status().name(), session.treated().size(), session.comparison().size(),
                    ResultsViews.Window.of(session.window()), ResultsViews.IkmEffect.of(session.effects().ikm()),
                    ResultsViews.OperationsEffect.of(session.effects().meanWaitingMinutes()),
                    ResultsViews.OperationsEffect.of(session.effects().complaintsPerThousand()),
                    session.observations().stream().filter(listed).map(ResultsViews.Unit::of).toList());
        }
    }

    /** {@code listed}: the units the caller may see one by one (the group figures count them all). */
    static EffectivenessView of(EffectivenessService.CourseEffectiveness course,
            Predicate<TrainingEffect.Observation> listed) {
        return new EffectivenessView(course.courseId(), course.courseTitle(),
                figures(course.overall(), Results.of(course.results())),
                course.sessions().stream().map(s -> new SessionFigures(s.sessionId(), s.code(), s.startDate(),
                        s.endDate(), figures(s.figures(), Results.of(s.results(), listed)))).toList());
    }

    private static Figures figures(Effectiveness e, Results results) {
        Effectiveness.Reaction r = e.reaction();
        LearningSummary l = e.learning();
        Effectiveness.Behaviour b = e.behaviour();
        return new Figures(e.completions(),
                new Reaction(r.responses(), r.responseRate(), r.meanContent(), r.meanTrainer(), r.meanRelevance(),
                        r.meanFacilities(), r.meanOverall(), r.meansHidden()),
                new Learning(l.measured(), l.scoresMissing(), l.meanPreScore(), l.meanPostScore(), l.meanGain(),
                        l.normalisedGainDefined(), l.normalisedGainUndefined(), l.meanNormalisedGain()),
                new Behaviour(b.dueOrRated(), b.rated(), b.responseRate(), b.meanRating(), b.competencies().stream()
                        .map(c -> new CompetencyRating(c.competencyCode(), c.ratings(), c.meanRating())).toList()),
                results);
    }
}
