package id.kompeten.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked example of the gap analysis (also in docs/domain.md). */
class GapAnalysisTest {

    private static final List<StandardRequirement> STANDARD = List.of(
            new StandardRequirement("KOMUNIKASI-PUBLIK", 2),
            new StandardRequirement("PELAYANAN-PRIMA", 3),
            new StandardRequirement("SIAK", 4));

    /** Pelayanan Prima 1 (a course), SIAK 4 (an assessment), nothing in Komunikasi Publik. */
    private static final Map<String, Integer> PROFILE = Map.of("PELAYANAN-PRIMA", 1, "SIAK", 4);

    private static final List<GapAnalysis.Course> CATALOGUE = List.of(
            course("k1", "Pelayanan Prima Dasar", 16, Map.of("PELAYANAN-PRIMA", 2)),
            course("k2", "Akselerasi Pelayanan Prima", 32, Map.of("PELAYANAN-PRIMA", 3)),
            course("k3", "Komunikasi Publik", 24, Map.of("KOMUNIKASI-PUBLIK", 3)),
            course("k4", "Pelayanan dan Komunikasi Publik Terpadu", 40,
                    Map.of("PELAYANAN-PRIMA", 3, "KOMUNIKASI-PUBLIK", 2)),
            course("k5", "Etika Pelayanan", 16, Map.of("PELAYANAN-PRIMA", 4)),
            course("k7", "SIAK Lanjutan", 24, Map.of("SIAK", 5)),
            course("k8", "Budaya Pelayanan", 16, Map.of("PELAYANAN-PRIMA", 3)));

    @Test
    void gapsAreRequiredMinusCurrentWithNoLevelCountingAsZero() {
        GapAnalysis.Result result = GapAnalysis.analyse(STANDARD, PROFILE, CATALOGUE);
        assertEquals(List.of("KOMUNIKASI-PUBLIK:2-0=2", "PELAYANAN-PRIMA:3-1=2", "SIAK:4-4=0"),
                result.lines().stream().map(line -> line.competencyCode() + ":" + line.requiredLevel() + "-"
                        + line.currentLevel() + "=" + line.gap()).toList());
        assertEquals(List.of(false, false, true), result.lines().stream().map(GapAnalysis.Line::met).toList());
        assertEquals(4, result.totalGap());
        assertEquals(2, result.gaps());
    }

    @Test
    void suggestionsCloseAGapAndComeMostGapsFirstThenFewestJpThenTitle() {
        GapAnalysis.Result result = GapAnalysis.analyse(STANDARD, PROFILE, CATALOGUE);
        // k1 reaches only level 2 of a level-3 gap, k7 a competency already met: neither is suggested.
        // k4 closes two gaps; of the one-gap courses k8 and k5 have 16 JP (Budaya before Etika), k3 24, k2 32 (JP before title: k2 is "Akselerasi").
        assertEquals(List.of("k4", "k8", "k5", "k3", "k2"),
                result.suggestions().stream().map(suggestion -> suggestion.course().id()).toList());
        assertEquals(Map.of("PELAYANAN-PRIMA", 3, "KOMUNIKASI-PUBLIK", 2), result.suggestions().get(0).closes());
        assertEquals(List.of(List.of("k4", "k3"), List.of("k4", "k8", "k5", "k2"), List.of()),
                result.lines().stream().map(GapAnalysis.Line::closingCourseIds).toList());
    }

    @Test
    void aPersonAboveEveryRequirementHasNoGapAndNoSuggestion() {
        GapAnalysis.Result result = GapAnalysis.analyse(STANDARD,
                Map.of("PELAYANAN-PRIMA", 5, "SIAK", 4, "KOMUNIKASI-PUBLIK", 2), CATALOGUE);
        assertEquals(0, result.totalGap());
        assertEquals(List.of(), result.suggestions());
    }

    private static GapAnalysis.Course course(String id, String title, int jp, Map<String, Integer> levels) {
        return new GapAnalysis.Course(id, id.toUpperCase(), title, jp, levels);
    }
}
