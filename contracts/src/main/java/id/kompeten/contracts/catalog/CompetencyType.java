package id.kompeten.contracts.catalog;

/** The three competency types of the ASN competency standard. */
public enum CompetencyType {
    /** Technical: the skills of a specific field of work. */
    TEKNIS,
    /** Managerial: leading and managing units and people. */
    MANAJERIAL,
    /** Socio-cultural: working with a plural society. */
    SOSIAL_KULTURAL
}
