package id.kompeten.contracts.catalog;

/** How a course teaches. */
public enum LearningMethod {
    /** Ceramah. */
    LECTURE,
    /** Diskusi kelompok. */
    GROUP_DISCUSSION,
    /** Simulasi, e.g. a presentation or service-counter role play. */
    SIMULATION,
    CASE_STUDY,
    E_LEARNING,
    ON_THE_JOB
}
