package id.kompeten.enrollment.rest;

/** Bounds of the results requests. */
final class ResultsLimits {

    /** Entries per attendance or scores request: 1,000 participants × 10 days; larger sheets are sent in parts. */
    static final int MAX_ENTRIES = 10_000;

    private ResultsLimits() {
    }
}
