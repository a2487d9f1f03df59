package id.kompeten.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Kirkpatrick L2 of one completion, from its pre- and post-test scores (0-100): gain = post − pre and normalised gain
 * = (post − pre) / (100 − pre). With pre = 100 nothing was left to learn, so the normalised gain is undefined: null
 * with status {@link Status#NORMALISED_GAIN_UNDEFINED}, never a division by zero. Without either score there is no L2:
 * status {@link Status#SCORES_MISSING} and the completion is left out of every mean.
 *
 * @param normalisedGain exact to 34 digits here; rounded to {@link #RATIO_SCALE} decimals for display only
 */
public record LearningGain(Integer preScore, Integer postScore, Integer gain, BigDecimal normalisedGain,
        Status status) {

    /** Decimals of ratios (normalised gains, response rates) in the API. */
    public static final int RATIO_SCALE = 4;

    public enum Status {
        /** Both scores, gain and normalised gain. */
        MEASURED,
        /** Both scores, pre = 100: a gain but no normalised gain. */
        NORMALISED_GAIN_UNDEFINED,
        /** A score is missing: not counted in L2. */
        SCORES_MISSING
    }

    public static LearningGain of(Integer pre, Integer post) {
        if (pre == null || post == null) {
            return new LearningGain(pre, post, null, null, Status.SCORES_MISSING);
        }
        int gain = post - pre;
        if (pre == 100) {
            return new LearningGain(pre, post, gain, null, Status.NORMALISED_GAIN_UNDEFINED);
        }
        BigDecimal normalised = BigDecimal.valueOf(gain).divide(BigDecimal.valueOf(100L - pre), MathContext.DECIMAL128);
        return new LearningGain(pre, post, gain, normalised, Status.MEASURED);
    }

    public static LearningGain of(CourseCompletion completion) {
        return of(completion.preScore(), completion.postScore());
    }

    /** Both scores are there: the completion counts in the means. */
    public boolean measured() {
        return status != Status.SCORES_MISSING;
    }

    /** The normalised gain as shown: {@link #RATIO_SCALE} decimals, half up; null when undefined or unmeasured. */
    public BigDecimal normalisedGainRounded() {
        return normalisedGain == null ? null : normalisedGain.setScale(RATIO_SCALE, RoundingMode.HALF_UP);
    }
}
