package id.kompeten.platform.security;

import java.util.List;

/**
 * The roles a token carries in its {@code groups} claim; constants so they fit {@code @RolesAllowed}, e.g.
 * {@code @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER})}.
 */
public final class Roles {

    /** Runs the platform: sees and changes everything. */
    public static final String ADMIN = "ADMIN";
    /** Maintains competencies, providers, courses and sessions. */
    public static final String CATALOG_MANAGER = "CATALOG_MANAGER";
    /** Manages the people and records of one unit (the token's {@code unit} claim). */
    public static final String UNIT_ADMIN = "UNIT_ADMIN";
    /** Approves and assesses their subordinates (records whose supervisor NIP is the token's {@code nip}). */
    public static final String SUPERVISOR = "SUPERVISOR";
    /** A civil servant taking training: sees their own records. */
    public static final String PARTICIPANT = "PARTICIPANT";
    /** Records evaluations and service-quality data. */
    public static final String EVALUATOR = "EVALUATOR";
    /** Another system calling the API (system to system): sees everything, has no NIP. */
    public static final String INTEGRATION = "INTEGRATION";

    public static final List<String> ALL =
            List.of(ADMIN, CATALOG_MANAGER, UNIT_ADMIN, SUPERVISOR, PARTICIPANT, EVALUATOR, INTEGRATION);

    /** Roles that see every record whatever its owner. */
    public static final List<String> SEE_EVERYTHING = List.of(ADMIN, INTEGRATION);

    private Roles() {
    }
}
