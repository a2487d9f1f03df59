package id.kompeten.localstack.tokens;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * One plausible identity per role, shared by the local run (a ready token per role) and tests. NIPs follow the real
 * layout: birth date, appointment month, gender (1 male, 2 female), sequence. The participant reports to the supervisor
 * and both work in the same unit as the unit admin.
 */
public final class DevPersonas {

    /** The roles of the platform, in the order of the architecture document; the platform's tests keep them in sync. */
    public static final List<String> ROLES = List.of(
            "ADMIN", "CATALOG_MANAGER", "UNIT_ADMIN", "SUPERVISOR", "PARTICIPANT", "EVALUATOR", "INTEGRATION");

    /** Born 1987-03-12, appointed 2010-01, male, number 004. */
    public static final String SAMPLE_NIP = "198703122010011004";
    public static final String SAMPLE_UNIT = "DISDUKCAPIL-SIBOLGA";
    public static final String HR_UNIT = "BKPSDM-SIBOLGA";

    public static final DevIdentity ADMIN = DevIdentity.person("ADMIN", "198204152006041001", HR_UNIT);
    public static final DevIdentity CATALOG_MANAGER =
            DevIdentity.person("CATALOG_MANAGER", "198510232009022003", HR_UNIT);
    public static final DevIdentity UNIT_ADMIN = DevIdentity.person("UNIT_ADMIN", "199002142015031002", SAMPLE_UNIT);
    public static final DevIdentity SUPERVISOR = DevIdentity.person("SUPERVISOR", "197806302003122001", SAMPLE_UNIT);
    public static final DevIdentity PARTICIPANT = DevIdentity.person("PARTICIPANT", SAMPLE_NIP, SAMPLE_UNIT);
    public static final DevIdentity EVALUATOR = DevIdentity.person("EVALUATOR", "198911052014022002", HR_UNIT);
    public static final DevIdentity INTEGRATION = DevIdentity.system("INTEGRATION");

    /** One persona per role, in {@link #ROLES} order. */
    public static final List<DevIdentity> ALL =
            List.of(ADMIN, CATALOG_MANAGER, UNIT_ADMIN, SUPERVISOR, PARTICIPANT, EVALUATOR, INTEGRATION);

    private DevPersonas() {
    }

    public static DevIdentity forRole(String role) {
        String wanted = role.toUpperCase(Locale.ROOT);
        return ALL.stream().filter(persona -> persona.roles().contains(wanted)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Unknown role '" + role + "'; expected one of " + ROLES));
    }
}
