package id.kompeten.contracts.catalog;

/** Who delivers training (penyelenggara). */
public enum ProviderType {
    /** A government training centre, e.g. a provincial BPSDM. */
    GOVERNMENT_CENTER,
    /** A university (perguruan tinggi). */
    UNIVERSITY,
    /** A non-governmental organisation (LSM). */
    NGO,
    /** A professional association or body. */
    PROFESSIONAL_BODY,
    /** The agency's own training unit. */
    INTERNAL
}
