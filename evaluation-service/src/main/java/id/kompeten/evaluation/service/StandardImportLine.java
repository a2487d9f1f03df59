package id.kompeten.evaluation.service;

/**
 * One row of a standards import as read from the file (a CSV row or a JSON element), before any check: one required
 * competency of one position. The rows of a position together form its standard.
 */
public interface StandardImportLine {

    String positionCode();

    /** Needed on at least one row of a position without a standard; rows that give it must agree. */
    String positionName();

    String competencyCode();

    Integer minLevel();
}
