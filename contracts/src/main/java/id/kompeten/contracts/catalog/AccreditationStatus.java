package id.kompeten.contracts.catalog;

/** A provider's accreditation; only ACCREDITED providers (within the validity date) may run published courses. */
public enum AccreditationStatus {
    ACCREDITED,
    PROVISIONAL,
    NOT_ACCREDITED,
    REVOKED
}
