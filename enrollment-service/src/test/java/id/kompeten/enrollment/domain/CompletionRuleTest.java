package id.kompeten.enrollment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.enrollment.domain.CompletionRule.Decision;
import id.kompeten.enrollment.domain.CompletionRule.Shortfall;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionRuleTest {

    @Test
    void meetingBothMinimumsExactlyCompletes() {
        Decision decision = CompletionRule.decide(PassRules.DEFAULT, 5, 4, 70);

        assertTrue(decision.completed());
        assertEquals(List.of(), decision.shortfalls());
        assertEquals(new BigDecimal("80.00"), decision.attendancePercent());
    }

    @Test
    void oneDayShortOfTheMinimumFails() {
        // 7 of 9 days is 77.78 %: below 80 %, although it rounds to 78.
        Decision decision = CompletionRule.decide(PassRules.DEFAULT, 9, 7, 95);

        assertFalse(decision.completed());
        assertEquals(List.of(Shortfall.ATTENDANCE_BELOW_MINIMUM), decision.shortfalls());
        assertEquals(new BigDecimal("77.78"), decision.attendancePercent());
    }

    @Test
    void everyShortfallIsGiven() {
        assertEquals(List.of(Shortfall.ATTENDANCE_BELOW_MINIMUM, Shortfall.POST_TEST_BELOW_PASS_SCORE),
                CompletionRule.decide(PassRules.DEFAULT, 3, 1, 69).shortfalls());
        assertEquals(List.of(Shortfall.POST_TEST_MISSING),
                CompletionRule.decide(PassRules.DEFAULT, 3, 3, null).shortfalls());
    }

    @Test
    void theCoursesOwnRuleApplies() {
        PassRules lenient = PassRules.of(50, null);

        assertEquals(new PassRules(50, 70), lenient);
        assertTrue(CompletionRule.decide(lenient, 4, 2, 70).completed());
        assertFalse(CompletionRule.decide(new PassRules(100, 0), 4, 3, 0).completed());
        assertTrue(CompletionRule.decide(new PassRules(100, 0), 4, 4, 0).completed());
    }

    @Test
    void aOneDaySessionIsDecidedOnThatDay() {
        assertTrue(CompletionRule.decide(PassRules.DEFAULT, 1, 1, 70).completed());
        Decision absent = CompletionRule.decide(PassRules.DEFAULT, 1, 0, 70);
        assertEquals(List.of(Shortfall.ATTENDANCE_BELOW_MINIMUM), absent.shortfalls());
        assertEquals(new BigDecimal("0.00"), absent.attendancePercent());
    }

    @Test
    void aRuleMayRangeOverTheWholeScale() {
        // 0 % attendance and a pass score of 100 are both rules a course may state.
        PassRules strictTestOnly = new PassRules(0, 100);
        assertTrue(CompletionRule.decide(strictTestOnly, 5, 0, 100).completed());
        assertEquals(List.of(Shortfall.POST_TEST_BELOW_PASS_SCORE),
                CompletionRule.decide(strictTestOnly, 5, 5, 99).shortfalls());
    }

    @Test
    void impossibleCountsAreProgrammingErrors() {
        assertThrows(IllegalArgumentException.class, () -> CompletionRule.decide(PassRules.DEFAULT, 0, 0, 80));
        assertThrows(IllegalArgumentException.class, () -> CompletionRule.decide(PassRules.DEFAULT, 3, 4, 80));
        assertThrows(IllegalArgumentException.class, () -> CompletionRule.decide(PassRules.DEFAULT, 3, -1, 80));
        assertThrows(IllegalArgumentException.class, () -> new PassRules(-1, 70));
        assertThrows(IllegalArgumentException.class, () -> new PassRules(80, 101));
        assertThrows(IllegalArgumentException.class, () -> new PassRules(101, 70));
        assertThrows(IllegalArgumentException.class, () -> new PassRules(80, -1));
    }
}
