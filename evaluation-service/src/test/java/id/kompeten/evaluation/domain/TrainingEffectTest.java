package id.kompeten.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.evaluation.domain.TrainingEffect.Change;
import id.kompeten.evaluation.domain.TrainingEffect.Completion;
import id.kompeten.evaluation.domain.TrainingEffect.CourseEffect;
import id.kompeten.evaluation.domain.TrainingEffect.Data;
import id.kompeten.evaluation.domain.TrainingEffect.Effect;
import id.kompeten.evaluation.domain.TrainingEffect.GroupFigure;
import id.kompeten.evaluation.domain.TrainingEffect.Observation;
import id.kompeten.evaluation.domain.TrainingEffect.SessionEffect;
import id.kompeten.evaluation.domain.TrainingEffect.Settings;
import id.kompeten.evaluation.domain.TrainingEffect.Status;
import id.kompeten.evaluation.domain.TrainingEffect.Unit;
import id.kompeten.evaluation.domain.TrainingEffect.UnitSessionEffect;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * L4 on a constructed data set whose difference in differences is worked by hand below. Settings: 3 months before,
 * 3 after, 30 respondents; the current month is 2026-12 (so 2026-11 is the last complete month).
 *
 * <pre>
 * Units (agency "Kota A" unless said): code parent types
 *   T1 ORG-1 [KTP-el]   T2 ORG-2 [KK]   D1 ORG-6 [KTP-el]   K1 ORG-3 [KTP-el]   K2 ORG-4 [KK, Akta]
 *   X1 ORG-5 [Paspor] (shares no type: never a comparison)   Y1 ORG-8 [KTP-el] agency "Kota B" (other agency)
 * Course C1:
 *   S1 2026-05-11..2026-05-13, completed by ORG-1 (2026-05-13 and, late, 2026-07-20) and ORG-2 (2026-05-13).
 *      before = 2026-02..2026-04, after = 2026-06..2026-08, all complete: COMPLETE.
 *      window for clean comparisons: 2026-02-01..2026-08-31; ORG-6's completion (2026-10-07) lies outside it.
 *      treated T1, T2; comparison D1 (KTP-el like T1), K1 (KTP-el), K2 (KK like T2); X1, Y1 not.
 *   S2 2026-10-05..2026-10-07, completed by ORG-6 (2026-10-07).
 *      before = 2026-07..2026-09, after = 2026-11..2027-01, of which only 2026-11 is complete: PARTIAL (1 month).
 *      window 2026-07-01..2027-01-31 holds ORG-1's late S1 completion (2026-07-20): T1 is not a clean comparison.
 *      treated D1; comparison K1 only (T2 shares no type with D1).
 * Course C2: S9 2026-11-20..21 by ORG-2: after starts 2026-12, the current month: PENDING.
 * Course C3: S8 by ORG-99, the parent of no service unit: NO_SERVICE_UNITS.
 *
 * SKM (n respondents each scoring s in total over the nine elements, so IKM = 25 x sum / (9n)):
 *   T1 before: Feb n=10 s=27 (sum 270), Apr n=30 s=30 (sum 900): n=40, 25x1170/360 = 81.25 (not the mean of the
 *      months' 75.00 and 83.33). Jan (n=100, s=9) and May (the session month, n=100, s=36) lie outside: ignored.
 *      after: Jul n=40 s=32: 25x32/9 = 88.888.. = 88.89. change 7.64
 *   T2 before Mar n=35 s=28: 77.777.. = 77.78; after Jun n=35 s=31: 86.111.. = 86.11; change 8.33
 *   D1 (S1) before Mar n=30 s=29: 80.555.. = 80.56; after Jul n=30 s=29: 80.56; change 0.00
 *   K1 (S1) before Mar n=50 s=30: 83.33; after Aug n=50 s=31: 86.11; change 2.78
 *   K2 (S1) before n=20 (fewer than 30: flagged, left out) s=27: 75.00; after n=40 s=33: 91.666.. = 91.67
 *   D1 (S2) before Jul n=30 s=29 + Sep n=30 s=32: sum 870 + 960 = 1830, n=60: 25x1830/540 = 84.722.. = 84.72;
 *      after Nov n=30 s=33: 91.67; change 6.95. Dec (current month, n=100 s=9) ignored.
 *   K1 (S2) before Aug n=50 s=31: 86.11; after Nov n=30 s=31: 86.11; change 0.00
 * IKM, S1: treated 7.64 + 8.33 = 15.97 over 2 = 7.985 -> 7.99; comparison (K2 left out) 0.00 + 2.78 = 2.78 over 2 =
 *   1.39; DiD = (15.97x2 - 2.78x2) / 4 = 26.38 / 4 = 6.595 -> 6.60. Means before: treated (81.25 + 77.78) / 2 =
 *   79.515 -> 79.52, after (88.89 + 86.11) / 2 = 87.50; comparison before (80.56 + 83.33) / 2 = 81.945 -> 81.95,
 *   after (80.56 + 86.11) / 2 = 83.335 -> 83.34. Respondents: treated 75 / 75, comparison 80 / 80.
 * IKM, S2: 6.95 - 0.00 = 6.95.
 * IKM, course (pooled): treated 7.64 + 8.33 + 6.95 = 22.92 over 3 = 7.64; comparison 0.00 + 2.78 + 0.00 = 2.78 over 3
 *   = 0.9266.. -> 0.93; DiD = (22.92x3 - 2.78x3) / 9 = 60.42 / 9 = 6.7133.. -> 6.71.
 *
 * Operations (transactions t, mean waiting w, complaints c per month; weighted waiting = sum w x t / sum t):
 *   T1 before Feb 100/20.00/3, Mar 200/14.50/2, Apr 100/10.00/1: t 400, w (2000 + 2900 + 1000) / 400 = 14.75,
 *      c 6 x 1000 / 400 = 15.00. after Jun 150/10.00/1, Jul 150/9.00/1, Aug 100/12.00/0: t 400,
 *      w (1500 + 1350 + 1200) / 400 = 10.125 -> 10.13, c 2000 / 400 = 5.00. change w -4.62, c -10.00
 *   T2 before 3 x 100/12.00/1: w 12.00, c 3000 / 300 = 10.00; after 3 x 100/11.00 with c 1, 0, 0: w 11.00,
 *      c 1000 / 300 = 3.333.. -> 3.33; change w -1.00, c -6.67
 *   D1 (S1) before and after 3 x 300/15.00/3: w 15.00, c 10.00; change 0.00, 0.00
 *   K1 before 3 x 100/10.00/1; after Jun 100/11.00/1, Jul missing, Aug 100/11.00/1: left out (2 of 3 months)
 *   K2 before 3 x 200/8.00/2: w 8.00, c 6000 / 600 = 10.00; after 3 x 200/7.00/1: w 7.00, c 5.00; change -1.00,
 *      -5.00 (counted here although left out of IKM)
 *   D1 (S2) before Jul 300/15.00/3, Aug 300/15.00/3, Sep 300/12.00/0: w (4500 + 4500 + 3600) / 900 = 14.00,
 *      c 6000 / 900 = 6.666.. -> 6.67; after Nov 200/10.00/1: w 10.00, c 5.00; change -4.00, -1.67
 *   K1 (S2) before lacks Jul: left out; the S2 comparison has no operational figure: DiD null.
 * Waiting, S1: treated (-4.62 - 1.00) / 2 = -2.81; comparison (0.00 - 1.00) / 2 = -0.50;
 *   DiD = (-5.62x2 + 1.00x2) / 4 = -9.24 / 4 = -2.31.
 * Complaints, S1: treated (-10.00 - 6.67) / 2 = -8.335 -> -8.34; comparison (0.00 - 5.00) / 2 = -2.50;
 *   DiD = (-16.67x2 + 5.00x2) / 4 = -23.34 / 4 = -5.835 -> -5.84.
 * Course: waiting treated (-4.62 - 1.00 - 4.00) / 3 = -3.2066.. -> -3.21, comparison -0.50,
 *   DiD = (-9.62x2 + 1.00x3) / 6 = -16.24 / 6 = -2.7066.. -> -2.71; complaints treated (-10.00 - 6.67 - 1.67) / 3 =
 *   -6.1133.. -> -6.11, comparison -2.50, DiD = (-18.34x2 + 5.00x3) / 6 = -21.68 / 6 = -3.6133.. -> -3.61.
 * Per unit T1 (S1): IKM 7.64 - 2.78 / 2 = 6.25; waiting -4.62 + 0.50 = -4.12; complaints -10.00 + 2.50 = -7.50.
 * Per unit D1 (S2): IKM 6.95 - 0.00 = 6.95; waiting and complaints null (no comparison unit counted).
 * </pre>
 */
class TrainingEffectTest {

    private static final Settings SETTINGS = new Settings(3, 3, 30);
    private static final YearMonth CURRENT = YearMonth.of(2026, 12);

    private final List<Unit> units = List.of(
            unit("T1", "ORG-1", "Kota A", "KTP-el"), unit("T2", "ORG-2", "Kota A", "KK"),
            unit("D1", "ORG-6", "Kota A", "KTP-el"), unit("K1", "ORG-3", "Kota A", "KTP-el"),
            unit("K2", "ORG-4", "Kota A", "KK", "Akta"), unit("X1", "ORG-5", "Kota A", "Paspor"),
            unit("Y1", "ORG-8", "Kota B", "KTP-el"));
    private final Map<String, Map<YearMonth, SkmResult>> skm = new HashMap<>();
    private final Map<String, Map<YearMonth, OperationalRecord.Figures>> operations = new HashMap<>();
    private final List<Completion> completions = new ArrayList<>();

    TrainingEffectTest() {
        skm("T1", "2026-01", 100, 9);
        skm("T1", "2026-02", 10, 27);
        skm("T1", "2026-04", 30, 30);
        skm("T1", "2026-05", 100, 36);
        skm("T1", "2026-07", 40, 32);
        skm("T2", "2026-03", 35, 28);
        skm("T2", "2026-06", 35, 31);
        skm("D1", "2026-03", 30, 29);
        skm("D1", "2026-07", 30, 29);
        skm("D1", "2026-09", 30, 32);
        skm("D1", "2026-11", 30, 33);
        skm("D1", "2026-12", 100, 9);
        skm("K1", "2026-03", 50, 30);
        skm("K1", "2026-08", 50, 31);
        skm("K1", "2026-11", 30, 31);
        skm("K2", "2026-03", 20, 27);
        skm("K2", "2026-07", 40, 33);
        skm("Y1", "2026-03", 100, 9);
        skm("Y1", "2026-07", 100, 36);
        skm("X1", "2026-03", 100, 9);
        skm("X1", "2026-07", 100, 36);

        ops("T1", "2026-02", 100, "20.00", 3);
        ops("T1", "2026-03", 200, "14.50", 2);
        ops("T1", "2026-04", 100, "10.00", 1);
        ops("T1", "2026-06", 150, "10.00", 1);
        ops("T1", "2026-07", 150, "9.00", 1);
        ops("T1", "2026-08", 100, "12.00", 0);
        for (String month : List.of("2026-02", "2026-03", "2026-04")) {
            ops("T2", month, 100, "12.00", 1);
            ops("K1", month, 100, "10.00", 1);
            ops("K2", month, 200, "8.00", 2);
        }
        ops("T2", "2026-06", 100, "11.00", 1);
        ops("T2", "2026-07", 100, "11.00", 0);
        ops("T2", "2026-08", 100, "11.00", 0);
        for (String month : List.of("2026-02", "2026-03", "2026-04", "2026-06", "2026-07", "2026-08")) {
            ops("D1", month, 300, "15.00", 3);
        }
        ops("D1", "2026-09", 300, "12.00", 0);
        ops("D1", "2026-11", 200, "10.00", 1);
        ops("K1", "2026-06", 100, "11.00", 1);
        ops("K1", "2026-08", 100, "11.00", 1);
        ops("K1", "2026-09", 100, "11.00", 1);
        ops("K1", "2026-11", 100, "11.00", 1);
        for (String month : List.of("2026-06", "2026-07", "2026-08")) {
            ops("K2", month, 200, "7.00", 1);
        }

        completions.add(completion("C1", "S1", "2026-05-11", "2026-05-13", "ORG-1", "2026-05-13"));
        completions.add(completion("C1", "S1", "2026-05-11", "2026-05-13", "ORG-1", "2026-05-13"));
        completions.add(completion("C1", "S1", "2026-05-11", "2026-05-13", "ORG-1", "2026-07-20"));
        completions.add(completion("C1", "S1", "2026-05-11", "2026-05-13", "ORG-2", "2026-05-13"));
        completions.add(completion("C1", "S2", "2026-10-05", "2026-10-07", "ORG-6", "2026-10-07"));
        completions.add(completion("C2", "S9", "2026-11-20", "2026-11-21", "ORG-2", "2026-11-21"));
        completions.add(completion("C3", "S8", "2026-03-02", "2026-03-04", "ORG-99", "2026-03-04"));
    }

    private Data data() {
        return new Data(units, skm, operations, completions);
    }

    @Test
    void theCompleteSessionMatchesTheHandWorkedFigures() {
        SessionEffect s1 = TrainingEffect.course("C1", data(), SETTINGS, CURRENT).sessions().get(0);

        assertEquals("S1", s1.sessionId());
        assertEquals(Status.COMPLETE, s1.status());
        assertEquals(new TrainingEffect.Window(ym("2026-02"), ym("2026-04"), ym("2026-06"), ym("2026-08"),
                ym("2026-08"), 3), s1.window());
        assertEquals(List.of("T1", "T2"), s1.treated().stream().map(Observation::unitCode).toList());
        assertEquals(List.of("D1", "K1", "K2"), s1.comparison().stream().map(Observation::unitCode).toList());

        Observation t1 = s1.treated().get(0);
        assertChange(t1.ikm(), "81.25", "88.89", "7.64");
        assertEquals(40, t1.respondentsBefore());
        assertEquals(40, t1.respondentsAfter());
        assertChange(t1.meanWaitingMinutes(), "14.75", "10.13", "-4.62");
        assertChange(t1.complaintsPerThousand(), "15.00", "5.00", "-10.00");
        assertChange(s1.treated().get(1).ikm(), "77.78", "86.11", "8.33");
        assertChange(s1.treated().get(1).complaintsPerThousand(), "10.00", "3.33", "-6.67");

        Observation k1 = s1.comparison().get(1);
        assertChange(k1.ikm(), "83.33", "86.11", "2.78");
        assertEquals(3, k1.operationMonthsBefore());
        assertEquals(2, k1.operationMonthsAfter());
        assertNull(k1.meanWaitingMinutes().after(), "a month missing: left out");
        Observation k2 = s1.comparison().get(2);
        assertTrue(k2.tooFewRespondents());
        assertFalse(k2.ikmCounted());
        assertChange(k2.ikm(), "75.00", "91.67", "16.67");
        assertChange(k2.meanWaitingMinutes(), "8.00", "7.00", "-1.00");

        Effect ikm = s1.effects().ikm();
        assertGroup(ikm.treated(), 2, 0, "79.52", "87.50", "7.99", 75, 75);
        assertGroup(ikm.comparison(), 2, 1, "81.95", "83.34", "1.39", 80, 80);
        assertDecimal("6.60", ikm.differenceInDifferences());

        Effect waiting = s1.effects().meanWaitingMinutes();
        assertGroup(waiting.treated(), 2, 0, "13.38", "10.57", "-2.81", 700, 700);
        assertGroup(waiting.comparison(), 2, 1, "11.50", "11.00", "-0.50", 1500, 1500);
        assertDecimal("-2.31", waiting.differenceInDifferences());

        Effect complaints = s1.effects().complaintsPerThousand();
        assertDecimal("-8.34", complaints.treated().meanChange());
        assertDecimal("-2.50", complaints.comparison().meanChange());
        assertDecimal("-5.84", complaints.differenceInDifferences());
    }

    @Test
    void aPartialSessionUsesOnlyCompleteMonthsAndLeavesOutUnitsTrainedInItsWindow() {
        SessionEffect s2 = TrainingEffect.course("C1", data(), SETTINGS, CURRENT).sessions().get(1);

        assertEquals(Status.PARTIAL, s2.status());
        assertEquals(new TrainingEffect.Window(ym("2026-07"), ym("2026-09"), ym("2026-11"), ym("2027-01"),
                ym("2026-11"), 1), s2.window());
        assertEquals(List.of("D1"), s2.treated().stream().map(Observation::unitCode).toList());
        assertEquals(List.of("K1"), s2.comparison().stream().map(Observation::unitCode).toList(),
                "T1 completed the course in S2's window; T2, X1 share no type with D1; Y1 is of another agency");
        Observation d1 = s2.treated().get(0);
        assertChange(d1.ikm(), "84.72", "91.67", "6.95");
        assertEquals(60, d1.respondentsBefore());
        assertEquals(30, d1.respondentsAfter());
        assertChange(d1.meanWaitingMinutes(), "14.00", "10.00", "-4.00");
        assertChange(d1.complaintsPerThousand(), "6.67", "5.00", "-1.67");
        assertDecimal("6.95", s2.effects().ikm().differenceInDifferences());
        assertEquals(0, s2.effects().meanWaitingMinutes().comparison().units());
        assertEquals(1, s2.effects().meanWaitingMinutes().comparison().leftOut());
        assertNull(s2.effects().meanWaitingMinutes().comparison().meanChange());
        assertNull(s2.effects().meanWaitingMinutes().differenceInDifferences());
    }

    @Test
    void theCoursePoolsEveryObservationOfItsSessions() {
        CourseEffect c1 = TrainingEffect.course("C1", data(), SETTINGS, CURRENT);

        assertEquals(Status.PARTIAL, c1.status());
        assertEquals(3, c1.treatedObservations());
        assertEquals(4, c1.comparisonObservations());
        Effect ikm = c1.effects().ikm();
        assertDecimal("7.64", ikm.treated().meanChange());
        assertDecimal("0.93", ikm.comparison().meanChange());
        assertEquals(3, ikm.comparison().units());
        assertEquals(1, ikm.comparison().leftOut());
        assertDecimal("6.71", ikm.differenceInDifferences());
        assertDecimal("-3.21", c1.effects().meanWaitingMinutes().treated().meanChange());
        assertDecimal("-0.50", c1.effects().meanWaitingMinutes().comparison().meanChange());
        assertDecimal("-2.71", c1.effects().meanWaitingMinutes().differenceInDifferences());
        assertDecimal("-6.11", c1.effects().complaintsPerThousand().treated().meanChange());
        assertDecimal("-3.61", c1.effects().complaintsPerThousand().differenceInDifferences());
    }

    @Test
    void pendingAndUnmeasurableCourses() {
        List<CourseEffect> all = TrainingEffect.courses(data(), SETTINGS, CURRENT);

        assertEquals(List.of("C1", "C2", "C3"), all.stream().map(CourseEffect::courseId).toList());
        CourseEffect c2 = all.get(1);
        assertEquals(Status.PENDING, c2.status());
        assertEquals(Status.PENDING, c2.sessions().get(0).status());
        assertNull(c2.sessions().get(0).window().afterLastUsed());
        assertEquals(1, c2.treatedObservations(), "T2 is listed, without after figures");
        assertNull(c2.effects().ikm().differenceInDifferences());
        assertEquals(0, c2.effects().ikm().treated().units());
        CourseEffect c3 = all.get(2);
        assertEquals(Status.NO_SERVICE_UNITS, c3.status());
        assertEquals(0, c3.treatedObservations());
        assertNull(c3.effects().ikm().differenceInDifferences());
        assertEquals(Status.NO_SERVICE_UNITS,
                TrainingEffect.course("unknown", data(), SETTINGS, CURRENT).status());
    }

    @Test
    void aUnitAgainstItsSessionsComparisonGroups() {
        List<UnitSessionEffect> t1 = TrainingEffect.unit("T1", data(), SETTINGS, CURRENT);
        assertEquals(1, t1.size(), "T1 is treated by S1 only (a comparison unit nowhere counts here)");
        assertEquals("S1", t1.get(0).session().sessionId());
        assertDecimal("6.25", t1.get(0).ikmDifference());
        assertDecimal("-4.12", t1.get(0).meanWaitingMinutesDifference());
        assertDecimal("-7.50", t1.get(0).complaintsPerThousandDifference());

        List<UnitSessionEffect> d1 = TrainingEffect.unit("D1", data(), SETTINGS, CURRENT);
        assertEquals(List.of("S2"), d1.stream().map(u -> u.session().sessionId()).toList());
        assertDecimal("6.95", d1.get(0).ikmDifference());
        assertNull(d1.get(0).meanWaitingMinutesDifference());
        assertNull(d1.get(0).complaintsPerThousandDifference());

        List<UnitSessionEffect> t2 = TrainingEffect.unit("T2", data(), SETTINGS, CURRENT);
        assertEquals(List.of("S1", "S9"), t2.stream().map(u -> u.session().sessionId()).toList());
        assertNull(t2.get(1).ikmDifference(), "S9 is pending");
        assertEquals(List.of(), TrainingEffect.unit("X1", data(), SETTINGS, CURRENT));
    }

    @Test
    void theRespondentThresholdIsASetting() {
        Settings lenient = new Settings(3, 3, 20);
        SessionEffect s1 = TrainingEffect.course("C1", data(), lenient, CURRENT).sessions().get(0);
        // K2 (n = 20) now counts: comparison (0.00 + 2.78 + 16.67) / 3 = 6.4833.. -> 6.48;
        // DiD = (15.97x3 - 19.45x2) / 6 = (47.91 - 38.90) / 6 = 9.01 / 6 = 1.5016.. -> 1.50.
        assertDecimal("6.48", s1.effects().ikm().comparison().meanChange());
        assertDecimal("1.50", s1.effects().ikm().differenceInDifferences());
        assertThrows(IllegalArgumentException.class, () -> new Settings(0, 3, 30));
    }

    @Test
    void theShortestSettingsAreOneMonthEachWayAndNoRespondentMinimum() {
        Settings shortest = new Settings(1, 1, 0);
        SessionEffect s1 = TrainingEffect.course("C1", data(), shortest, CURRENT).sessions().get(0);
        // before = 2026-04 only, after = 2026-06 only.
        assertEquals(new TrainingEffect.Window(ym("2026-04"), ym("2026-04"), ym("2026-06"), ym("2026-06"),
                ym("2026-06"), 1), s1.window());
        assertEquals(Status.COMPLETE, s1.status());
        assertThrows(IllegalArgumentException.class, () -> new Settings(3, 0, 30));
        assertThrows(IllegalArgumentException.class, () -> new Settings(3, 3, -1));
    }

    @Test
    void aCompletionBeforeTheWindowLeavesTheComparisonClean() {
        // K1's parent took C1 in 2025, long before S1's and S2's periods: still a clean comparison for both.
        completions.add(completion("C1", "S0", "2025-06-02", "2025-06-04", "ORG-3", "2025-06-04"));
        List<SessionEffect> sessions = TrainingEffect.course("C1", data(), SETTINGS, CURRENT).sessions();

        assertEquals(List.of("S0", "S1", "S2"), sessions.stream().map(SessionEffect::sessionId).toList());
        assertEquals(List.of("D1", "K1", "K2"),
                sessions.get(1).comparison().stream().map(Observation::unitCode).toList());
        assertEquals(List.of("K1"), sessions.get(2).comparison().stream().map(Observation::unitCode).toList());
    }

    @Test
    void observationsAreInUnitCodeOrderWhateverOrderTheUnitsAreReadIn() {
        List<Unit> reversed = new ArrayList<>(units);
        java.util.Collections.reverse(reversed);
        SessionEffect s1 = TrainingEffect.course("C1", new Data(reversed, skm, operations, completions), SETTINGS,
                CURRENT).sessions().get(0);

        assertEquals(List.of("T1", "T2"), s1.treated().stream().map(Observation::unitCode).toList());
        assertEquals(List.of("D1", "K1", "K2"), s1.comparison().stream().map(Observation::unitCode).toList());
    }

    @Test
    void aUnitsSessionsAreByFirstDayThenSessionIdAcrossCourses() {
        // Course ids sort A0, B0, C1, C2; the unit's sessions must still come by date, S3 before S7 on the same day.
        completions.add(completion("A0", "S7", "2026-09-01", "2026-09-02", "ORG-2", "2026-09-02"));
        completions.add(completion("B0", "S3", "2026-09-01", "2026-09-02", "ORG-2", "2026-09-02"));

        assertEquals(List.of("S1", "S3", "S7", "S9"), TrainingEffect.unit("T2", data(), SETTINGS, CURRENT).stream()
                .map(u -> u.session().sessionId()).toList());
    }

    @Test
    void aUnitWithoutTransactionsIsLeftOutOfTheOperationalFigures() {
        // Every month reported, but nothing transacted: no waiting time or complaint rate to compare (not a 0).
        for (String month : List.of("2026-02", "2026-03", "2026-04", "2026-06", "2026-07", "2026-08")) {
            ops("K2", month, 0, "0.00", 0);
        }
        Observation k2 = TrainingEffect.course("C1", data(), SETTINGS, CURRENT).sessions().get(0).comparison().get(2);

        assertEquals("K2", k2.unitCode());
        assertEquals(3, k2.operationMonthsBefore());
        assertEquals(3, k2.operationMonthsAfter());
        assertFalse(k2.waitingCounted());
        assertFalse(k2.complaintsCounted());
        assertNull(k2.meanWaitingMinutes().before());
        assertNull(k2.complaintsPerThousand().after());
    }

    private static Unit unit(String code, String parent, String agency, String... types) {
        return new Unit(code, "Unit " + code, agency, parent, List.of(types));
    }

    /** {@code n} respondents each scoring {@code total} over the nine elements (1-4 each). */
    private void skm(String unit, String month, int n, int total) {
        Map<SkmElement, Long> sums = new EnumMap<>(SkmElement.class);
        int left = total - 9;
        for (SkmElement element : SkmElement.values()) {
            int extra = Math.min(3, left);
            left -= extra;
            sums.put(element, (long) n * (1 + extra));
        }
        skm.computeIfAbsent(unit, u -> new HashMap<>()).put(ym(month), new SkmResult(n, sums));
    }

    private void ops(String unit, String month, int transactions, String waiting, int complaints) {
        operations.computeIfAbsent(unit, u -> new HashMap<>()).put(ym(month), new OperationalRecord.Figures(
                transactions, new BigDecimal(waiting), new BigDecimal("5.00"), complaints, complaints));
    }

    private static Completion completion(String course, String session, String start, String end, String org,
            String on) {
        return new Completion(course, "Course " + course, session, LocalDate.parse(start), LocalDate.parse(end), org,
                LocalDate.parse(on));
    }

    private static YearMonth ym(String text) {
        return YearMonth.parse(text);
    }

    private static void assertChange(Change change, String before, String after, String difference) {
        assertDecimal(before, change.before());
        assertDecimal(after, change.after());
        assertDecimal(difference, change.change());
    }

    private static void assertGroup(GroupFigure group, int units, int leftOut, String before, String after,
            String change, long basisBefore, long basisAfter) {
        assertEquals(units, group.units());
        assertEquals(leftOut, group.leftOut());
        assertDecimal(before, group.meanBefore());
        assertDecimal(after, group.meanAfter());
        assertDecimal(change, group.meanChange());
        assertEquals(basisBefore, group.basisBefore());
        assertEquals(basisAfter, group.basisAfter());
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(expected, actual == null ? null : actual.toPlainString());
    }
}
