package id.kompeten.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.platform.error.ApiProblem.FieldError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionRulesTest {

    private static final LocalDate START = LocalDate.of(2027, 2, 8);
    private static final LocalDate END = LocalDate.of(2027, 2, 10);
    private static final int COURSE_JP = 24;

    /** A valid three-day classroom plan of 24 JP; tests change one thing at a time. */
    private static Plan plan() {
        return new Plan();
    }

    @Test
    void validPlanBreaksNoRule() {
        assertEquals(List.of(), SessionRules.check(plan().build(), COURSE_JP, DeliveryMode.CLASSROOM, 0));
        assertEquals(List.of(), SessionRules.check(plan().link("https://zoom.us/j/1").build(), COURSE_JP,
                DeliveryMode.BLENDED, 0));
        assertEquals(List.of(), SessionRules.check(plan().location(null).link("https://zoom.us/j/1").build(), COURSE_JP,
                DeliveryMode.ONLINE, 0));
    }

    @Test
    void oneDaySessionWithWindowClosingTheDayBeforeIsValid() {
        SessionPlan oneDay = plan().dates(START, START).days(day(START, 8)).window(START.minusDays(7), START.minusDays(1))
                .build();
        assertEquals(List.of(), SessionRules.check(oneDay, 8, DeliveryMode.CLASSROOM, 0));
    }

    @Test
    void endBeforeStart() {
        SessionPlan plan = plan().dates(START, START.minusDays(1)).days(day(START, 8), day(START.plusDays(1), 8),
                day(START.plusDays(2), 8)).build();
        List<FieldError> errors = SessionRules.check(plan, COURSE_JP, DeliveryMode.CLASSROOM, 0);
        assertEquals("endDate", errors.get(0).field());
        assertEquals("validation.session.end-before-start", errors.get(0).messageKey());
        assertEquals(List.of(START), List.of(errors.get(0).args()));
    }

    @Test
    void enrollmentMustCloseBeforeTheStart() {
        assertSingle(plan().window(START.minusDays(30), START).build(), DeliveryMode.CLASSROOM, 0,
                "enrollmentClosesOn", "validation.session.window-after-start");
        assertSingle(plan().window(START.minusDays(30), END).build(), DeliveryMode.CLASSROOM, 0,
                "enrollmentClosesOn", "validation.session.window-after-start");
    }

    @Test
    void enrollmentMustOpenBeforeItCloses() {
        assertSingle(plan().window(START.minusDays(3), START.minusDays(4)).build(), DeliveryMode.CLASSROOM, 0,
                "enrollmentOpensOn", "validation.session.window-opens-after-close");
    }

    @Test
    void scheduleJpMustAddUpToTheCourseJp() {
        List<FieldError> errors = SessionRules.check(plan().build(), 30, DeliveryMode.CLASSROOM, 0);
        assertEquals(1, errors.size());
        assertEquals("schedule", errors.get(0).field());
        assertEquals("validation.session.jp-mismatch", errors.get(0).messageKey());
        assertEquals(List.of(24, 30), List.of(errors.get(0).args()));
    }

    @Test
    void dayOutsideTheDates() {
        SessionPlan plan = plan().days(day(START, 8), day(START.plusDays(1), 8), day(END.plusDays(1), 8)).build();
        assertSingle(plan, DeliveryMode.CLASSROOM, 0, "schedule[2].date", "validation.session.day-outside-dates");
        SessionPlan before = plan().days(day(START.minusDays(1), 8), day(START, 8), day(END, 8)).build();
        assertSingle(before, DeliveryMode.CLASSROOM, 0, "schedule[0].date", "validation.session.day-outside-dates");
    }

    @Test
    void dayTwice() {
        SessionPlan plan = plan().days(day(START, 8), day(END, 8), day(START, 8)).build();
        assertSingle(plan, DeliveryMode.CLASSROOM, 0, "schedule[2].date", "validation.session.day-twice");
    }

    @Test
    void dayJpOutOfRange() {
        SessionPlan tooMany = plan().days(day(START, 11), day(START.plusDays(1), 8), day(END, 5)).build();
        assertSingle(tooMany, DeliveryMode.CLASSROOM, 0, "schedule[0].jp", "validation.session.day-jp-range");
        SessionPlan none = plan().days(day(START, 8), day(START.plusDays(1), 0), day(END, 16)).build();
        List<FieldError> errors = SessionRules.check(none, COURSE_JP, DeliveryMode.CLASSROOM, 0);
        assertEquals(List.of("schedule[1].jp", "schedule[2].jp"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void dayJpLimitsAreInclusive() {
        // 1 and MAX_JP_PER_DAY (10) JP are both allowed on a day: the range is closed at both ends.
        SessionPlan edges = plan().days(day(START, 1), day(START.plusDays(1), SessionRules.MAX_JP_PER_DAY),
                day(END, 10)).build();
        assertEquals(List.of(), SessionRules.check(edges, 21, DeliveryMode.CLASSROOM, 0));
    }

    @Test
    void locationRequiredForClassroomAndBlended() {
        assertSingle(plan().location(null).build(), DeliveryMode.CLASSROOM, 0, "location",
                "validation.session.location-required");
        assertSingle(plan().location(" ").link("https://zoom.us/j/1").build(), DeliveryMode.BLENDED, 0, "location",
                "validation.session.location-required");
    }

    @Test
    void onlineLinkRequiredForOnlineAndBlended() {
        assertSingle(plan().location(null).build(), DeliveryMode.ONLINE, 0, "onlineLink",
                "validation.session.online-link-required");
        assertSingle(plan().build(), DeliveryMode.BLENDED, 0, "onlineLink", "validation.session.online-link-required");
    }

    @Test
    void capacityNotBelowSeatsTaken() {
        assertSingle(plan().capacity(20).build(), DeliveryMode.CLASSROOM, 21, "capacity",
                "validation.session.capacity-below-seats-taken");
        assertEquals(List.of(), SessionRules.check(plan().capacity(20).build(), COURSE_JP, DeliveryMode.CLASSROOM, 20));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        SessionPlan plan = plan()
                .dates(START, START.minusDays(2))
                .window(START.plusDays(2), START.plusDays(1))
                .days(day(START, 8), day(START, 8))
                .location(null)
                .capacity(5)
                .build();
        List<FieldError> errors = SessionRules.check(plan, COURSE_JP, DeliveryMode.BLENDED, 10);
        assertEquals(List.of("endDate", "enrollmentClosesOn", "enrollmentOpensOn", "schedule[0].date",
                        "schedule[1].date", "schedule[1].date", "schedule", "location", "onlineLink", "capacity"),
                errors.stream().map(FieldError::field).toList());
        assertEquals(List.of("validation.session.end-before-start", "validation.session.window-after-start",
                        "validation.session.window-opens-after-close", "validation.session.day-outside-dates",
                        "validation.session.day-outside-dates", "validation.session.day-twice",
                        "validation.session.jp-mismatch", "validation.session.location-required",
                        "validation.session.online-link-required", "validation.session.capacity-below-seats-taken"),
                errors.stream().map(FieldError::messageKey).toList());
    }

    private static void assertSingle(SessionPlan plan, DeliveryMode mode, int seatsTaken, String field, String key) {
        List<FieldError> errors = SessionRules.check(plan, COURSE_JP, mode, seatsTaken);
        assertEquals(List.of(field + ": " + key),
                errors.stream().map(error -> error.field() + ": " + error.messageKey()).toList());
    }

    private static SessionDay day(LocalDate date, int jp) {
        return new SessionDay(date, jp, "Topik " + date);
    }

    /** Builds a plan from valid defaults. */
    private static final class Plan {
        private LocalDate startDate = START;
        private LocalDate endDate = END;
        private List<SessionDay> days = List.of(day(START, 8), day(START.plusDays(1), 8), day(END, 8));
        private String location = "Aula Kantor Wali Kota Sibolga";
        private String link;
        private int capacity = 30;
        private LocalDate opensOn = START.minusDays(35);
        private LocalDate closesOn = START.minusDays(7);

        Plan dates(LocalDate start, LocalDate end) {
            startDate = start;
            endDate = end;
            return this;
        }

        Plan days(SessionDay... schedule) {
            days = List.of(schedule);
            return this;
        }

        Plan location(String value) {
            location = value;
            return this;
        }

        Plan link(String value) {
            link = value;
            return this;
        }

        Plan capacity(int value) {
            capacity = value;
            return this;
        }

        Plan window(LocalDate opens, LocalDate closes) {
            opensOn = opens;
            closesOn = closes;
            return this;
        }

        SessionPlan build() {
            return new SessionPlan("KOMPUB-2027-SBG-01", startDate, endDate, days, "12.73", "Kota Sibolga", location,
                    link, capacity, opensOn, closesOn, List.of(new SessionTrainer("Dr. Rina Siregar", null)));
        }
    }
}
