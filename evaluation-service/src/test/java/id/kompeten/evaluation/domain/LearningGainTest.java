package id.kompeten.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.kompeten.contracts.enrollment.CourseCompleted;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** L2 per completion and its means, hand-worked; pre = 100 and missing scores are never a division by zero. */
class LearningGainTest {

    @Test
    void gainAndNormalisedGain() {
        LearningGain gain = LearningGain.of(60, 85);
        assertEquals(LearningGain.Status.MEASURED, gain.status());
        assertEquals(25, gain.gain());
        assertEquals(new BigDecimal("0.6250"), gain.normalisedGainRounded()); // 25 / 40
        assertEquals(new BigDecimal("-0.5000"), LearningGain.of(80, 70).normalisedGainRounded()); // -10 / 20
        assertEquals(new BigDecimal("0.3333"), LearningGain.of(70, 80).normalisedGainRounded()); // 10 / 30
        assertEquals(new BigDecimal("1.0000"), LearningGain.of(0, 100).normalisedGainRounded());
    }

    @Test
    void aPreScoreOf100LeavesTheNormalisedGainUndefined() {
        LearningGain gain = LearningGain.of(100, 90);
        assertEquals(LearningGain.Status.NORMALISED_GAIN_UNDEFINED, gain.status());
        assertEquals(-10, gain.gain());
        assertNull(gain.normalisedGain());
        assertNull(gain.normalisedGainRounded());
        assertEquals(LearningGain.Status.NORMALISED_GAIN_UNDEFINED, LearningGain.of(100, 100).status());
    }

    @Test
    void aMissingScoreIsNotMeasured() {
        for (LearningGain gain : List.of(LearningGain.of(null, 80), LearningGain.of(60, null),
                LearningGain.of(null, null))) {
            assertEquals(LearningGain.Status.SCORES_MISSING, gain.status());
            assertNull(gain.gain());
            assertNull(gain.normalisedGain());
        }
    }

    @Test
    void aCompletionsGainIsThatOfItsRecordedScores() {
        LearningGain gain = LearningGain.of(completion(60, 80));
        assertEquals(20, gain.gain());
        assertEquals(new BigDecimal("0.5000"), gain.normalisedGainRounded()); // 20 / 40
        assertEquals(LearningGain.Status.SCORES_MISSING, LearningGain.of(completion(null, 80)).status());
    }

    @Test
    void meansAreOverWhatIsDefined() {
        // 60→85 (g 0.625), 100→100 (undefined), missing, 40→70 (g 0.5), 50→100 (g 1)
        LearningSummary summary = LearningSummary.of(List.of(LearningGain.of(60, 85), LearningGain.of(100, 100),
                LearningGain.of(null, 80), LearningGain.of(40, 70), LearningGain.of(50, 100)));
        assertEquals(4, summary.measured());
        assertEquals(1, summary.scoresMissing());
        assertEquals(new BigDecimal("62.50"), summary.meanPreScore()); // 250 / 4
        assertEquals(new BigDecimal("88.75"), summary.meanPostScore()); // 355 / 4
        assertEquals(new BigDecimal("26.25"), summary.meanGain()); // 105 / 4
        assertEquals(3, summary.normalisedGainDefined());
        assertEquals(1, summary.normalisedGainUndefined());
        assertEquals(new BigDecimal("0.7083"), summary.meanNormalisedGain()); // 2.125 / 3
    }

    @Test
    void onlyUndefinedOrMissingGivesNullMeans() {
        LearningSummary undefined = LearningSummary.of(List.of(LearningGain.of(100, 100)));
        assertEquals(1, undefined.measured());
        assertEquals(new BigDecimal("0.00"), undefined.meanGain());
        assertNull(undefined.meanNormalisedGain());
        LearningSummary none = LearningSummary.of(List.of(LearningGain.of(null, 90)));
        assertNull(none.meanPreScore());
        assertNull(none.meanGain());
        assertNull(none.meanNormalisedGain());
        assertEquals(1, none.scoresMissing());
    }

    private static CourseCompletion completion(Integer pre, Integer post) {
        CourseCompleted event = new CourseCompleted("E-1", "198703122010011004", "ORG-1", "P-1", "Analis", null, "C1",
                "S1", "Pelayanan Prima", "PRV-1", "Universitas", List.of(), 24, pre, post, new BigDecimal("100.00"),
                LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 13), Instant.parse("2026-05-13T09:00:00Z"), null,
                false);
        return new CourseCompletion(event, "event-1", Instant.parse("2026-05-13T09:00:01Z"));
    }
}
