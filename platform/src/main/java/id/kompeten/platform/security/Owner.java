package id.kompeten.platform.security;

/**
 * Whose a record is, for access rules: the person it belongs to, their unit and their supervisor. Any part may be
 * {@code null} when the record has none (e.g. a unit's compliance report has only a unit); a {@code null} part never
 * matches.
 */
public record Owner(String nip, String unitCode, String supervisorNip) {

    /** A person's record. */
    public static Owner person(String nip, String unitCode, String supervisorNip) {
        return new Owner(nip, unitCode, supervisorNip);
    }

    /** A record that belongs to a unit as a whole, not to one person. */
    public static Owner unit(String unitCode) {
        return new Owner(null, unitCode, null);
    }
}
