package id.kompeten.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Kirkpatrick L1-L3 figures of a set of completions (a course's, a session's), with counts and response rates, and
 * no comment or personal datum. Means are of whole-number answers, two decimals; rates are fractions 0-1 with four
 * decimals; any mean or rate over nothing is null.
 * <ul>
 *   <li>L1: responses / completions; the mean of each item over the responses; the overall mean of all four items of
 *   all responses (every response answers all four, so it is also the mean of the responses' means); the means are
 *   null below a minimum number of responses (anonymity).</li>
 *   <li>L2: {@link LearningSummary}.</li>
 *   <li>L3: completions due or rated (due on or before today, or rated: a rating given under a shorter setting still
 *   counts), rated, rated / (due or rated); the mean of every competency rating given, and the same per
 *   competency.</li>
 * </ul>
 */
public record Effectiveness(int completions, Reaction reaction, LearningSummary learning, Behaviour behaviour) {

    /** Decimals of mean answers (1-5 scales). */
    public static final int MEAN_SCALE = 2;

    /** {@code meansHidden}: fewer responses than the minimum shown, so the means are null. */
    public record Reaction(int responses, BigDecimal responseRate, BigDecimal meanContent, BigDecimal meanTrainer,
            BigDecimal meanRelevance, BigDecimal meanFacilities, BigDecimal meanOverall, boolean meansHidden) {
    }

    public record Behaviour(int dueOrRated, int rated, BigDecimal responseRate, BigDecimal meanRating,
            List<CompetencyBehaviour> competencies) {
    }

    /** L3 of one targeted competency: how many ratings it got and their mean. */
    public record CompetencyBehaviour(String competencyCode, int ratings, BigDecimal meanRating) {
    }

    /**
     * @param reactions  L1 responses by enrollment id (those of other completions are ignored)
     * @param behaviours L3 ratings by enrollment id (likewise)
     * @param minimumReactions L1 item means are shown from this many responses on (null below, so that a single
     *                   participant's anonymous answers cannot be read off a small session's means)
     */
    public static Effectiveness of(Collection<CourseCompletion> completions, Map<String, ReactionEvaluation> reactions,
            Map<String, BehaviourEvaluation> behaviours, BehaviourSchedule schedule, LocalDate today,
            int minimumReactions) {
        int responses = 0;
        long content = 0;
        long trainer = 0;
        long relevance = 0;
        long facilities = 0;
        List<LearningGain> gains = new ArrayList<>();
        int dueOrRated = 0;
        int rated = 0;
        long ratingSum = 0;
        int ratingCount = 0;
        Map<String, long[]> perCompetency = new TreeMap<>(); // code -> {count, sum}
        for (CourseCompletion completion : completions) {
            ReactionEvaluation reaction = reactions.get(completion.enrollmentId());
            if (reaction != null) {
                responses++;
                ReactionEvaluation.Scores scores = reaction.scores();
                content += scores.content();
                trainer += scores.trainer();
                relevance += scores.relevance();
                facilities += scores.facilities();
            }
            gains.add(LearningGain.of(completion));
            BehaviourEvaluation behaviour = behaviours.get(completion.enrollmentId());
            if (schedule.status(completion.sessionEnd(), behaviour != null, today) != BehaviourStatus.PENDING) {
                dueOrRated++;
            }
            if (behaviour != null) {
                rated++;
                for (BehaviourRating rating : behaviour.ratings()) {
                    ratingSum += rating.rating();
                    ratingCount++;
                    long[] tally = perCompetency.computeIfAbsent(rating.competencyCode(), code -> new long[2]);
                    tally[0]++;
                    tally[1] += rating.rating();
                }
            }
        }
        boolean hidden = responses > 0 && responses < minimumReactions;
        int shown = hidden ? 0 : responses;
        Reaction reaction = new Reaction(responses, rate(responses, completions.size()), mean(content, shown),
                mean(trainer, shown), mean(relevance, shown), mean(facilities, shown),
                mean(content + trainer + relevance + facilities, shown * 4L), hidden);
        List<CompetencyBehaviour> competencies = perCompetency.entrySet().stream()
                .map(e -> new CompetencyBehaviour(e.getKey(), (int) e.getValue()[0],
                        mean(e.getValue()[1], e.getValue()[0])))
                .toList();
        Behaviour behaviour = new Behaviour(dueOrRated, rated, rate(rated, dueOrRated), mean(ratingSum, ratingCount),
                competencies);
        return new Effectiveness(completions.size(), reaction, LearningSummary.of(gains), behaviour);
    }

    private static BigDecimal mean(long sum, long count) {
        return count == 0 ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), MEAN_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), LearningGain.RATIO_SCALE,
                        RoundingMode.HALF_UP);
    }
}
