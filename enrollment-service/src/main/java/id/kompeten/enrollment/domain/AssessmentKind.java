package id.kompeten.enrollment.domain;

/** The two assessments of an enrollment: before the course (PRE) and after it (POST); POST decides completion. */
public enum AssessmentKind {
    PRE,
    POST
}
