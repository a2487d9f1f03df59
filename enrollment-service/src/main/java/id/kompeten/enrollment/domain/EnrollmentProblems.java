package id.kompeten.enrollment.domain;

/** Message keys of the enrollment rules' 409s (i18n/messages*.properties). */
public final class EnrollmentProblems {

    /** {0} session id, {1} its status. */
    public static final String SESSION_NOT_OPEN = "problem.enrollment.session-not-open.detail";
    /** {0} session id, {1} opens on, {2} closes on, {3} today. */
    public static final String OUTSIDE_WINDOW = "problem.enrollment.outside-window.detail";
    /** {0} course id. */
    public static final String COURSE_ARCHIVED = "problem.enrollment.course-archived.detail";
    /** {0} nip, {1} session id, {2} the active enrollment's id, {3} its status. */
    public static final String DUPLICATE = "problem.enrollment.duplicate.detail";
    /** {0} nip, {1} the other enrollment's id, {2} its session id, {3} the first shared day. */
    public static final String OVERLAP = "problem.enrollment.overlap.detail";
    /** {0} nip. */
    public static final String PARTICIPANT_INACTIVE = "problem.enrollment.participant-inactive.detail";

    private EnrollmentProblems() {
    }
}
