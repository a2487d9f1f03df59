package id.kompeten.evaluation.domain;

/** Whose SKM element → competency map applies to an agency: its own, or the defaults. */
public enum SkmMapSource {
    AGENCY, DEFAULT
}
