package id.kompeten.systemtest;

import static id.kompeten.systemtest.SystemStack.ENROLLMENT;
import static id.kompeten.systemtest.SystemStack.EVALUATION;
import static id.kompeten.systemtest.SystemStack.TRAINING;

import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevPersonas;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The seed journeys of the mission, end to end as their users meet them: every step is a call of the person who takes
 * it (catalogue manager, unit admin, supervisor, participant), and everything after the close arrives with no further
 * call, through the services' events. Business days move with the services' clocks ({@code KOMPETEN_CLOCK_OFFSET}):
 * enrollment a few days ahead to close the sessions, evaluation some months ahead so that the survey months after the
 * session are complete; all are back on real time after the class.
 * <p>
 * Codes, people, units and the agency are this run's own (a suffix), so the numbers are exactly the journey's, whatever
 * demo data or other tests put beside them. Every expected number is derived by hand in a comment.
 */
@SystemTest({TRAINING, ENROLLMENT, EVALUATION})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedJourneySystemTest {

    private static JourneyCalls calls;

    private final SystemStack stack;

    SeedJourneySystemTest(SystemStack stack) {
        this.stack = stack;
        if (calls == null) {
            calls = new JourneyCalls(stack);
        }
    }

    @AfterAll
    static void realTimeAgain() {
        if (calls != null) {
            calls.restoreRealTime();
        }
    }

    /** 16 JP in two days of 8: below the yearly 20, so each completer's transcript shows a shortfall of 4. */
    private static final int JP = 16;
    private static final int TARGET_LEVEL = 3;

    @Test
    @Order(1)
    void sibolgaPopulationRegistry() {
        long begin = System.nanoTime();
        int before = calls.assertions();
        String sfx = JourneyCalls.runSuffix();
        JourneyCalls.Nips nips = new JourneyCalls.Nips();

        // ---- The catalogue manager: competencies, a local university, two published courses, sessions in Sibolga.
        String pp = "PELAYANAN-PRIMA-" + sfx;
        String siak = "SIAK-" + sfx;
        calls.competency(pp, "Pelayanan Prima", "Excellent Public Service", "SOSIAL_KULTURAL");
        calls.competency(siak, "Aplikasi SIAK", "Civil-registration information system", "TEKNIS");
        String university = calls.university("Universitas Mitra Kota Sibolga " + sfx);
        String ppCourse = calls.publishedCourse("PP-" + sfx, "Pelayanan Prima", university, pp, TARGET_LEVEL, JP);
        String siakCourse = calls.publishedCourse("SIAK-" + sfx,
                "Aplikasi Sistem Informasi Administrasi Kependudukan", university, siak, TARGET_LEVEL, JP);
        // Enrollment is open today only; the two days follow, so the window closes before the first (a rule).
        LocalDate today = calls.today(ENROLLMENT);
        List<LocalDate> days = List.of(today.plusDays(1), today.plusDays(2));
        String venue = "Aula Kantor Wali Kota Sibolga";
        String siakSession = calls.openSession(siakCourse, "SIAK-" + sfx + "-SBG-01", days, JP, "12.73",
                "Kota Sibolga", venue, 3);
        String ppSession = calls.openSession(ppCourse, "PP-" + sfx + "-SBG-01", days, JP, "12.73", "Kota Sibolga",
                venue, 10);

        // ---- The population-registry office's unit admin registers seven staff under one supervisor.
        String unit = "DISDUKCAPIL-SBG-" + sfx;
        String agency = "Pemerintah Kota Sibolga " + sfx;
        String position = "PENGADM-KEPENDUDUKAN-" + sfx;
        DevIdentity unitAdmin = DevIdentity.person("UNIT_ADMIN", nips.nip(1, 1), unit);
        DevIdentity supervisor = DevIdentity.person("SUPERVISOR", nips.nip(2, 2), unit);
        List<String> staff = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            String nip = nips.nip(100 + i, 1 + i % 2);
            calls.register(unitAdmin, nip, "Pegawai Dukcapil " + i + " " + sfx, agency, position,
                    "Pengadministrasi Kependudukan", supervisor.nip());
            staff.add(nip);
        }
        calls.awaitSessionInEnrollment(siakSession);
        calls.awaitSessionInEnrollment(ppSession);

        // Staff 1-5 are nominated for the 3 SIAK seats, staff 6-7 for Pelayanan Prima; the supervisor approves in
        // order: 1-3 take the seats, 4 and 5 wait (in that order).
        List<String> siakIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            siakIds.add(calls.nominate(unitAdmin, staff.get(i), siakSession).path("id"));
        }
        List<String> ppIds = new ArrayList<>();
        for (int i = 5; i < 7; i++) {
            ppIds.add(calls.nominate(unitAdmin, staff.get(i), ppSession).path("id"));
        }
        List<String> outcomes = new ArrayList<>();
        for (String id : siakIds) {
            outcomes.add(calls.approve(supervisor, id).path("status"));
        }
        calls.equal(List.of("CONFIRMED", "CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED"), outcomes,
                "3 seats for 5 approvals: the rest wait");
        for (String id : ppIds) {
            calls.equal("CONFIRMED", calls.approve(supervisor, id).path("status"), "Pelayanan Prima approval");
        }
        calls.seats(siakSession, 3, 3, 2);
        calls.seats(ppSession, 10, 2, 0);
        calls.awaitPublicSeats(siakSession, 3, "FULL");

        // Staff 2 withdraws: the seat goes to the first waitlisted (staff 4), staff 5 still waits.
        DevIdentity second = DevIdentity.person("PARTICIPANT", staff.get(1), unit);
        calls.equal("WITHDRAWN", calls.withdraw(second, siakIds.get(1), "Bentrok dengan pelayanan keliling")
                .path("status"), "withdrawal");
        calls.equal("CONFIRMED", calls.enrollment(siakIds.get(3)).getString("status"), "first waitlisted promoted");
        calls.equal("WAITLISTED", calls.enrollment(siakIds.get(4)).getString("status"), "second still waits");
        calls.seats(siakSession, 3, 3, 1);
        // The public catalogue (no token) shows the seats taken: 3 of 3 (still FULL) and 2 of 10 (OPEN).
        calls.awaitPublicSeats(siakSession, 3, "FULL");
        calls.awaitPublicSeats(ppSession, 2, "OPEN");

        // ---- Results. SIAK: staff 1 and 4 present both days; staff 3 present one day of two (50 % < 80 %: fails).
        calls.attendance(siakSession, Map.of(
                staff.get(0), List.of("PRESENT", "PRESENT"),
                staff.get(2), List.of("PRESENT", "ABSENT"),
                staff.get(3), List.of("PRESENT", "PRESENT")), days);
        // Scores: staff 1 40 → 80 (gain 40, normalised 40/60), staff 4 60 → 90 (gain 30, normalised 30/40); staff 3's
        // 50 → 75 passes the score but not the attendance.
        Map<String, int[]> siakScores = new LinkedHashMap<>();
        siakScores.put(staff.get(0), new int[] {40, 80});
        siakScores.put(staff.get(2), new int[] {50, 75});
        siakScores.put(staff.get(3), new int[] {60, 90});
        calls.scores(siakSession, siakScores);
        // Pelayanan Prima: both present both days; staff 6 50 → 70 (exactly the pass score), staff 7 80 → 100.
        calls.attendance(ppSession, Map.of(
                staff.get(5), List.of("PRESENT", "PRESENT"),
                staff.get(6), List.of("PRESENT", "PRESENT")), days);
        Map<String, int[]> ppScores = new LinkedHashMap<>();
        ppScores.put(staff.get(5), new int[] {50, 70});
        ppScores.put(staff.get(6), new int[] {80, 100});
        calls.scores(ppSession, ppScores);

        long enrolled = System.nanoTime();

        // ---- Evaluation's data: the position's standard, the service unit of the office and a comparison unit of
        // the same agency (sharing KTP-el), the agency's element map, and citizen surveys around the sessions.
        // Evaluation's clock goes to the 5th of the fourth month after the sessions' month, so the three months
        // after them are complete (L4 counts complete months only) and the survey days are not in its future.
        YearMonth sessionMonth = YearMonth.from(days.get(0));
        YearMonth endMonth = YearMonth.from(days.get(1));
        LocalDate evaluationDay = endMonth.plusMonths(4).atDay(5);
        calls.setClock(EVALUATION, (int) ChronoUnit.DAYS.between(JourneyCalls.realToday(), evaluationDay));
        calls.positionStandard(position, "Pengadministrasi Kependudukan", Map.of(pp, TARGET_LEVEL, siak,
                TARGET_LEVEL));
        String office = unit + "-LOKET";
        String comparison = "KEC-SIBOLGA-KOTA-" + sfx + "-LOKET";
        String comparisonParent = "KEC-SIBOLGA-KOTA-" + sfx;
        calls.serviceUnit(office, "Loket Dukcapil Sibolga " + sfx, agency, unit, List.of("KTP-el", "Kartu Keluarga"),
                List.of(pp, siak), 7);
        calls.serviceUnit(comparison, "Loket Kecamatan Sibolga Kota " + sfx, agency, comparisonParent,
                List.of("KTP-el"), List.of(pp), 4);
        calls.skmMap(agency, Map.of("U7", List.of(pp)));
        // 30 responses a period (the minimum to count a unit), on the 15th of the second month before the sessions
        // and of the second month after them (inside L4's three-month periods).
        LocalDate beforeDay = sessionMonth.minusMonths(2).atDay(15);
        LocalDate afterDay = endMonth.plusMonths(2).atDay(15);
        // The office before: U7 (staff behaviour) 2, the rest 3 → Σ = 26 a response, IKM = 25 × 26 / 9 = 72.22 (C);
        // after: all 4 → IKM 100.00 (A). Change +27.78 (exactly 250/9).
        calls.surveys(unitAdmin, office, beforeDay, 30, skm(3, Map.of("U7", 2)));
        calls.surveys(unitAdmin, office, afterDay, 30, skm(4, Map.of()));
        // The comparison unit before: all 3 → 75.00; after: U1 4, the rest 3 → 25 × 28 / 9 = 77.78. Change +2.78
        // (25/9). DiD = 250/9 − 25/9 = 25.00 exactly.
        calls.surveys(DevPersonas.ADMIN, comparison, beforeDay, 30, skm(3, Map.of()));
        calls.surveys(DevPersonas.ADMIN, comparison, afterDay, 30, skm(3, Map.of("U1", 4)));

        // ---- The sessions are over: enrollment's clock on the day after their last day, and they are closed.
        int enrollmentAhead = calls.offset(ENROLLMENT) + (int) ChronoUnit.DAYS.between(today, days.get(1)) + 1;
        calls.setClock(ENROLLMENT, enrollmentAhead);
        LocalDate closeDay = calls.today(ENROLLMENT);
        JsonPath siakClosed = calls.close(siakSession);
        calls.equal(2, siakClosed.getInt("completed"), "SIAK completed");
        calls.equal(1, siakClosed.getInt("failed"), "SIAK failed");
        Map<String, String> certificates = new LinkedHashMap<>();
        for (Map<String, Object> decision : siakClosed.<Map<String, Object>>getList("decisions")) {
            String nip = (String) decision.get("nip");
            if (nip.equals(staff.get(2))) {
                calls.equal("FAILED", decision.get("outcome"), "staff 3 outcome");
                calls.equal(List.of("ATTENDANCE_BELOW_MINIMUM"), decision.get("reasons"), "staff 3 shortfall");
            } else {
                calls.equal("COMPLETED", decision.get("outcome"), nip + " outcome");
                certificates.put(nip, (String) decision.get("certificateNumber"));
            }
        }
        JsonPath ppClosed = calls.close(ppSession);
        calls.equal(2, ppClosed.getInt("completed"), "PP completed");
        calls.equal(0, ppClosed.getInt("failed"), "PP failed");
        for (Map<String, Object> decision : ppClosed.<Map<String, Object>>getList("decisions")) {
            certificates.put((String) decision.get("nip"), (String) decision.get("certificateNumber"));
        }
        calls.equal(new TreeSet<>(List.of(staff.get(0), staff.get(3), staff.get(5), staff.get(6))),
                new TreeSet<>(certificates.keySet()), "the completers");
        long closed = System.nanoTime();

        // ---- Then, with no further call.
        // The public catalogue still shows the seats taken: 3 of 3 and 2 of 10.
        calls.awaitPublicSeats(siakSession, 3, calls.publicSession(siakSession).getString("status"));
        calls.equal(3, calls.publicSession(siakSession).getInt("seatsTaken"), "SIAK seats after the close");
        calls.equal(2, calls.publicSession(ppSession).getInt("seatsTaken"), "PP seats after the close");

        // Each completer's transcript: 16 JP this year (4 short of 20), the course, its certificate; it verifies
        // publicly (no token) with the NIP masked to its last three digits.
        Map<String, String> titles = Map.of(staff.get(0), "Aplikasi Sistem Informasi Administrasi Kependudukan",
                staff.get(3), "Aplikasi Sistem Informasi Administrasi Kependudukan",
                staff.get(5), "Pelayanan Prima", staff.get(6), "Pelayanan Prima");
        for (String nip : certificates.keySet()) {
            calls.transcriptAndCertificate(DevIdentity.person("PARTICIPANT", nip, unit), titles.get(nip), JP,
                    certificates.get(nip), "Universitas Mitra Kota Sibolga " + sfx, days, closeDay);
        }
        // The one who failed has no JP; the one still waiting neither.
        calls.transcriptWithout(DevIdentity.person("PARTICIPANT", staff.get(2), unit));
        calls.transcriptWithout(DevIdentity.person("PARTICIPANT", staff.get(4), unit));

        // Evaluation: the completers reach the course's level 3 (from none), the others have no level.
        for (String nip : List.of(staff.get(0), staff.get(3))) {
            calls.awaitLevel(supervisor, nip, siak, TARGET_LEVEL, closeDay);
        }
        for (String nip : List.of(staff.get(5), staff.get(6))) {
            calls.awaitLevel(supervisor, nip, pp, TARGET_LEVEL, closeDay);
        }
        calls.noLevel(supervisor, staff.get(2), siak);

        // L2: SIAK pre (40 + 60) / 2 = 50.00, post (80 + 90) / 2 = 85.00, gain 35.00, normalised (40/60 + 30/40) / 2
        // = 17/24 = 0.7083; Pelayanan Prima pre 65.00, post 85.00, gain 20.00, normalised (20/50 + 20/20) / 2 = 0.7000.
        JsonPath siakEffect = calls.awaitEffectiveness(siakCourse, 2);
        calls.learning(siakEffect, 2, "50.00", "85.00", "35.00", "0.7083");
        JsonPath ppEffect = calls.awaitEffectiveness(ppCourse, 2);
        calls.learning(ppEffect, 2, "65.00", "85.00", "20.00", "0.7000");

        // The unit's training record of the close's month: 4 of its 7 active staff trained, 4 completions, 64 JP,
        // share 4/7 = 0.5714; the office's service-quality record shows it, and its staff on the key competencies
        // (2 of 7 with a level in each, mean 3.00).
        String closeMonth = YearMonth.from(closeDay).toString();
        calls.trainingRecord(unit, closeMonth, 7, 4, 4, 4 * JP, 4, "0.5714");
        JsonPath quality = calls.serviceQuality(office, closeMonth);
        calls.equal(4, quality.getInt("training.staffTrained"), "service quality: staff trained");
        calls.equal(4 * JP, quality.getInt("training.jpDelivered"), "service quality: JP");
        for (String competency : List.of(pp, siak)) {
            Map<String, Object> line = calls.find(quality.getList("staffCompetencies"), "competencyCode", competency);
            calls.number("3.00", line.get("meanLevel"), competency + " mean level");
            calls.equal(2, line.get("staffWithLevel"), competency + " staff with a level");
            calls.equal(7, line.get("activeStaff"), competency + " active staff");
        }
        // SKM: the IKM of each period (IKM unit = Σ / 9 on 1-4: 26/9 = 2.8889, 4, 3, 28/9 = 3.1111).
        calls.ikm(office, YearMonth.from(beforeDay).toString(), 30, "2.8889", "72.22", "C");
        calls.ikm(office, YearMonth.from(afterDay).toString(), 30, "4.0000", "100.00", "A");
        calls.ikm(comparison, YearMonth.from(beforeDay).toString(), 30, "3.0000", "75.00", "C");
        calls.ikm(comparison, YearMonth.from(afterDay).toString(), 30, "3.1111", "77.78", "B");

        // L4 of each course: one treated unit (the office) against one comparison unit, COMPLETE; DiD +25.00.
        for (JsonPath effect : List.of(siakEffect, ppEffect)) {
            calls.results(effect, office, comparison, "25.00", sessionMonth, endMonth);
        }
        JsonPath officeEffect = calls.trainingEffect(office);
        calls.equal(Set.of(siakSession, ppSession), Set.copyOf(officeEffect.getList("sessions.sessionId")),
                "sessions that treated the office");
        for (Object ikm : officeEffect.getList("sessions.differenceInDifferences.ikm")) {
            calls.number("25.00", ikm, "the office's DiD per session");
        }

        // Recommendations of the unit for the survey month before: every element is weak (below B's 76.61: U7 2 →
        // 50.00 D, the others 3 → 75.00 C), weakest first, then in the regulation's order; only U7 is mapped (to
        // Pelayanan Prima, which 5 of the 7 staff measured also lack: mean gap 5 × 3 / 7 = 2.14), so it comes first
        // on both bases; SIAK follows from the gaps alone (5 of 7 below, 2.14).
        JsonPath recommendations = calls.recommendations(unitAdmin, unit, YearMonth.from(beforeDay).toString());
        calls.equal(30, recommendations.getInt("respondents"), "recommendation respondents");
        calls.number("72.22", recommendations.get("ikm"), "recommendation IKM");
        calls.equal(List.of("U7", "U1", "U2", "U3", "U4", "U5", "U6", "U8", "U9"),
                recommendations.getList("weakElements.code"), "weak elements");
        calls.equal(List.of(office), recommendations.getList("serviceUnits"), "the unit's service units");
        calls.equal("AGENCY", recommendations.getString("mapSource"), "the agency's own map");
        calls.number("75.00", recommendations.get("weakElements[1].score"), "U1 score");
        calls.equal("C", recommendations.getString("weakElements[1].grade"), "U1 grade");
        calls.number("2.0000", recommendations.get("weakElements[0].nrr"), "U7 NRR");
        calls.number("50.00", recommendations.get("weakElements[0].score"), "U7 score");
        calls.equal("D", recommendations.getString("weakElements[0].grade"), "U7 grade");
        calls.equal(7, recommendations.getInt("staff.active"), "staff active");
        calls.equal(7, recommendations.getInt("staff.measured"), "staff measured");
        calls.equal(List.of(pp, siak), recommendations.getList("recommendations.competencyCode"),
                "recommended competencies in order");
        calls.equal(List.of("SKM", "STAFF_GAP"), recommendations.getList("recommendations[0].basis"), "PP basis");
        calls.equal(List.of("U7"), recommendations.getList("recommendations[0].elements.code"), "PP elements");
        calls.equal(List.of("STAFF_GAP"), recommendations.getList("recommendations[1].basis"), "SIAK basis");
        calls.equal(List.of("PP-" + sfx), recommendations.getList("recommendations[0].courses.code"),
                "course for Pelayanan Prima");
        calls.equal(List.of("SIAK-" + sfx), recommendations.getList("recommendations[1].courses.code"),
                "course for SIAK");
        for (int i = 0; i < 2; i++) {
            calls.staffGap(recommendations.getMap("recommendations[" + i + "].staffGap"), 7, 5, "2.14");
        }

        // The agency dashboard for the quarter of the survey month after: the office 100.00 and the comparison
        // 77.78; the agency 25 × (30 × 36 + 30 × 28) / (9 × 60) = 88.89; both courses ranked with DiD 25.00.
        String quarter = quarter(YearMonth.from(afterDay));
        JsonPath dashboard = calls.dashboard(agency, quarter);
        calls.equal(2, dashboard.getInt("totals.units"), "dashboard units");
        calls.equal(60, dashboard.getInt("totals.respondents"), "dashboard respondents");
        calls.number("88.89", dashboard.get("totals.ikm"), "agency IKM");
        Map<String, Object> officeLine = calls.find(dashboard.getList("units"), "code", office);
        calls.number("100.00", officeLine.get("ikm"), "office IKM on the dashboard");
        Map<String, Object> comparisonLine = calls.find(dashboard.getList("units"), "code", comparison);
        calls.number("77.78", comparisonLine.get("ikm"), "comparison IKM on the dashboard");
        if (quarter(YearMonth.from(beforeDay)).equals(dashboard.getString("previousPeriod"))) {
            // The survey month before lies in the previous quarter: 72.22 → 100.00 (+27.78), 75.00 → 77.78 (+2.78);
            // the agency 25 × (30 × 26 + 30 × 27) / 540 = 73.61 → 88.89 (+15.28).
            calls.number("72.22", officeLine.get("previousIkm"), "office previous IKM");
            calls.number("27.78", officeLine.get("ikmChange"), "office IKM change");
            calls.number("75.00", comparisonLine.get("previousIkm"), "comparison previous IKM");
            calls.number("2.78", comparisonLine.get("ikmChange"), "comparison IKM change");
            calls.number("73.61", dashboard.get("totals.previousIkm"), "agency previous IKM");
            calls.number("15.28", dashboard.get("totals.ikmChange"), "agency IKM change");
        }
        for (String course : List.of(ppCourse, siakCourse)) {
            Map<String, Object> line = calls.find(dashboard.getList("coursesByEffect"), "courseId", course);
            calls.number("25.00", ((Map<?, ?>) line.get("ikm")).get("differenceInDifferences"), "course DiD");
            calls.equal(1, line.get("treatedObservations"), "treated observations");
            calls.equal(1, line.get("comparisonObservations"), "comparison observations");
        }
        // The agency's top gaps: its 7 measured staff, 5 below in each competency (a tie: compared as a set).
        calls.equal(Set.of(pp, siak), Set.copyOf(calls.codes(dashboard.getList("topGaps"))), "the agency's top gaps");
        for (Map<String, Object> gap : dashboard.<Map<String, Object>>getList("topGaps")) {
            calls.staffGap(gap, 7, 5, "2.14");
        }

        long end = System.nanoTime();
        SystemStack.say("Seed journey (Sibolga): %d assertions in %d ms (to the results %d ms, evaluation setup"
                + " and close %d ms, what followed %d ms)", calls.assertions() - before, (end - begin) / 1_000_000,
                (enrolled - begin) / 1_000_000, (closed - enrolled) / 1_000_000, (end - closed) / 1_000_000);
    }

    /**
     * The shorter journey: Mulyorejo's public-communication course with a presentation simulation. Two seats for
     * three staff (one waits), both seat holders pass; their transcripts, certificates, levels and the unit's
     * training record follow.
     */
    @Test
    @Order(2)
    void mulyorejoPublicCommunication() {
        long begin = System.nanoTime();
        int before = calls.assertions();
        String sfx = JourneyCalls.runSuffix();
        JourneyCalls.Nips nips = new JourneyCalls.Nips();
        String kp = "KOMUNIKASI-PUBLIK-" + sfx;
        calls.competency(kp, "Komunikasi Publik", "Public Communication", "SOSIAL_KULTURAL");
        String provider = calls.university("Universitas Mitra Kecamatan Mulyorejo " + sfx);
        String title = "Komunikasi Publik dengan Simulasi Presentasi";
        String course = calls.publishedCourse("KP-" + sfx, title, provider, kp, 2, JP);
        LocalDate today = calls.today(ENROLLMENT);
        List<LocalDate> days = List.of(today.plusDays(1), today.plusDays(2));
        String session = calls.openSession(course, "KP-" + sfx + "-MLY-01", days, JP, "35.78", "Kota Surabaya",
                "Aula Kantor Kecamatan Mulyorejo, Kota Surabaya", 2);

        String unit = "KEC-MULYOREJO-" + sfx;
        DevIdentity unitAdmin = DevIdentity.person("UNIT_ADMIN", nips.nip(1, 1), unit);
        DevIdentity supervisor = DevIdentity.person("SUPERVISOR", nips.nip(2, 2), unit);
        List<String> staff = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String nip = nips.nip(200 + i, 1 + i % 2);
            calls.register(unitAdmin, nip, "Pegawai Kecamatan " + i + " " + sfx, "Pemerintah Kota Surabaya " + sfx,
                    "PENGADM-UMUM-" + sfx, "Pengadministrasi Umum", supervisor.nip());
            staff.add(nip);
        }
        calls.awaitSessionInEnrollment(session);
        List<String> outcomes = new ArrayList<>();
        for (String nip : staff) {
            String id = calls.nominate(unitAdmin, nip, session).path("id");
            outcomes.add(calls.approve(supervisor, id).path("status"));
        }
        calls.equal(List.of("CONFIRMED", "CONFIRMED", "WAITLISTED"), outcomes, "2 seats for 3");
        calls.seats(session, 2, 2, 1);
        calls.awaitPublicSeats(session, 2, "FULL");
        // Both present both days; 55 → 75 and 70 → 85: gains 20 and 15, normalised 20/45 and 15/30, mean
        // (4/9 + 1/2) / 2 = 17/36 = 0.4722; pre 62.50, post 80.00, gain 17.50.
        calls.attendance(session, Map.of(staff.get(0), List.of("PRESENT", "PRESENT"),
                staff.get(1), List.of("PRESENT", "PRESENT")), days);
        Map<String, int[]> scores = new LinkedHashMap<>();
        scores.put(staff.get(0), new int[] {55, 75});
        scores.put(staff.get(1), new int[] {70, 85});
        calls.scores(session, scores);

        calls.setClock(ENROLLMENT, calls.offset(ENROLLMENT) + (int) ChronoUnit.DAYS.between(today, days.get(1)) + 1);
        LocalDate closeDay = calls.today(ENROLLMENT);
        JsonPath closed = calls.close(session);
        calls.equal(2, closed.getInt("completed"), "completed");
        calls.equal(0, closed.getInt("failed"), "failed");
        for (Map<String, Object> decision : closed.<Map<String, Object>>getList("decisions")) {
            String nip = (String) decision.get("nip");
            calls.transcriptAndCertificate(DevIdentity.person("PARTICIPANT", nip, unit), title, JP,
                    (String) decision.get("certificateNumber"), "Universitas Mitra Kecamatan Mulyorejo " + sfx, days,
                    closeDay);
            calls.awaitLevel(supervisor, nip, kp, 2, closeDay);
        }
        calls.transcriptWithout(DevIdentity.person("PARTICIPANT", staff.get(2), unit));
        calls.learning(calls.awaitEffectiveness(course, 2), 2, "62.50", "80.00", "17.50", "0.4722");
        // 2 of 3 staff trained, 32 JP; share 2/3 = 0.6667.
        calls.trainingRecord(unit, YearMonth.from(closeDay).toString(), 3, 2, 2, 2 * JP, 2, "0.6667");
        SystemStack.say("Seed journey (Mulyorejo): %d assertions in %d ms", calls.assertions() - before,
                (System.nanoTime() - begin) / 1_000_000);
    }

    /** A response of nine answers: {@code all} for every element but those given. */
    private static Map<String, Integer> skm(int all, Map<String, Integer> except) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            scores.put("U" + i, except.getOrDefault("U" + i, all));
        }
        return scores;
    }

    private static String quarter(YearMonth month) {
        return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }
}
