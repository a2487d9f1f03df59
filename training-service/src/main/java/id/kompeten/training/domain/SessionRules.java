package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.platform.error.ApiProblem.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a session plan must meet for its course, as plain Java: every broken rule is reported with the field at
 * fault, so a client fixes them all in one go.
 */
public final class SessionRules {

    /** A day cannot hold more than this many JP (10 × 45 minutes = 7.5 hours of teaching). */
    public static final int MAX_JP_PER_DAY = 10;

    private SessionRules() {
    }

    /**
     * The broken rules of {@code plan} for a course of {@code courseJp} JP delivered in {@code mode}, given the seats
     * already taken; empty when the plan is valid.
     */
    public static List<FieldError> check(SessionPlan plan, int courseJp, DeliveryMode mode, int seatsTaken) {
        List<FieldError> errors = new ArrayList<>();
        if (plan.endDate().isBefore(plan.startDate())) {
            errors.add(new FieldError("endDate", "validation.session.end-before-start", plan.startDate()));
        }
        if (!plan.enrollmentClosesOn().isBefore(plan.startDate())) {
            errors.add(new FieldError("enrollmentClosesOn", "validation.session.window-after-start", plan.startDate()));
        }
        if (plan.enrollmentOpensOn().isAfter(plan.enrollmentClosesOn())) {
            errors.add(new FieldError("enrollmentOpensOn", "validation.session.window-opens-after-close",
                    plan.enrollmentClosesOn()));
        }
        checkSchedule(plan, courseJp, errors);
        if (mode != DeliveryMode.ONLINE && isBlank(plan.location())) {
            errors.add(new FieldError("location", "validation.session.location-required", mode));
        }
        if (mode != DeliveryMode.CLASSROOM && isBlank(plan.onlineLink())) {
            errors.add(new FieldError("onlineLink", "validation.session.online-link-required", mode));
        }
        if (plan.capacity() < seatsTaken) {
            errors.add(new FieldError("capacity", "validation.session.capacity-below-seats-taken", seatsTaken));
        }
        return errors;
    }

    private static void checkSchedule(SessionPlan plan, int courseJp, List<FieldError> errors) {
        Set<LocalDate> seen = new HashSet<>();
        int total = 0;
        for (int i = 0; i < plan.schedule().size(); i++) {
            SessionDay day = plan.schedule().get(i);
            String field = "schedule[" + i + "]";
            if (day.date().isBefore(plan.startDate()) || day.date().isAfter(plan.endDate())) {
                errors.add(new FieldError(field + ".date", "validation.session.day-outside-dates", day.date()));
            }
            if (!seen.add(day.date())) {
                errors.add(new FieldError(field + ".date", "validation.session.day-twice", day.date()));
            }
            if (day.jp() < 1 || day.jp() > MAX_JP_PER_DAY) {
                errors.add(new FieldError(field + ".jp", "validation.session.day-jp-range", MAX_JP_PER_DAY));
            }
            total += day.jp();
        }
        if (total != courseJp) {
            errors.add(new FieldError("schedule", "validation.session.jp-mismatch", total, courseJp));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
