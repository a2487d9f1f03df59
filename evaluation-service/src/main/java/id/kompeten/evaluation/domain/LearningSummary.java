package id.kompeten.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Kirkpatrick L2 over several completions (a course, a session). Means of pre, post and gain are over the measured
 * completions (both scores); the mean normalised gain over those whose normalised gain is defined (pre &lt; 100).
 * Each mean is null when it is over nothing. Scores and gains with two decimals, normalised gains with four.
 *
 * @param measured                 completions with both scores
 * @param scoresMissing            completions without a pre or a post score (left out of every mean)
 * @param normalisedGainDefined    measured completions with pre &lt; 100 (the mean normalised gain is over these)
 * @param normalisedGainUndefined  measured completions with pre = 100
 */
public record LearningSummary(int measured, int scoresMissing, BigDecimal meanPreScore, BigDecimal meanPostScore,
        BigDecimal meanGain, int normalisedGainDefined, int normalisedGainUndefined, BigDecimal meanNormalisedGain) {

    /** Decimals of mean scores and gains. */
    public static final int SCORE_SCALE = 2;

    public static LearningSummary of(Collection<LearningGain> gains) {
        int measured = 0;
        int missing = 0;
        int undefined = 0;
        int defined = 0;
        long preSum = 0;
        long postSum = 0;
        BigDecimal normalisedSum = BigDecimal.ZERO;
        for (LearningGain gain : gains) {
            if (!gain.measured()) {
                missing++;
                continue;
            }
            measured++;
            preSum += gain.preScore();
            postSum += gain.postScore();
            if (gain.normalisedGain() == null) {
                undefined++;
            } else {
                defined++;
                normalisedSum = normalisedSum.add(gain.normalisedGain());
            }
        }
        return new LearningSummary(measured, missing, mean(preSum, measured), mean(postSum, measured),
                mean(postSum - preSum, measured), defined, undefined,
                defined == 0 ? null : normalisedSum.divide(BigDecimal.valueOf(defined), MathContext.DECIMAL128)
                        .setScale(LearningGain.RATIO_SCALE, RoundingMode.HALF_UP));
    }

    private static BigDecimal mean(long sum, int count) {
        return count == 0 ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), SCORE_SCALE, RoundingMode.HALF_UP);
    }
}
