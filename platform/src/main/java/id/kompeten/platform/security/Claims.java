package id.kompeten.platform.security;

/** Names of the token claims the services read. */
public final class Claims {

    /** Stable id of the caller (person or system). */
    public static final String SUBJECT = "sub";
    /** The caller's roles ({@link Roles}); smallrye-jwt maps them to the security identity's roles. */
    public static final String GROUPS = "groups";
    /** The caller's 18-digit NIP; people only. */
    public static final String NIP = "nip";
    /** Code of the caller's unit, e.g. {@code DISDUKCAPIL-SIBOLGA}; people only. */
    public static final String UNIT = "unit";

    private Claims() {
    }
}
