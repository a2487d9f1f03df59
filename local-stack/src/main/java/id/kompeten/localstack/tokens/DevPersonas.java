package id.kompeten.localstack.tokens;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * People of the demo data (enrollment-service's {@code demo/people.json}) who get a token of their own in the local
     * run, {@code <data>/tokens/people/<name>.jwt}: the other demo units' participant, supervisor and unit admin, so
     * the rules between units and between a supervisor and their own subordinates can be tried.
     */
    public static final Map<String, DevIdentity> DEMO_PEOPLE = demoPeople();

    private static Map<String, DevIdentity> demoPeople() {
        Map<String, DevIdentity> people = new LinkedHashMap<>();
        people.put("participant-mulyorejo", DevIdentity.person("PARTICIPANT", "199306252019022004", "KEC-MULYOREJO"));
        people.put("supervisor-mulyorejo", DevIdentity.person("SUPERVISOR", "198102022006042003", "KEC-MULYOREJO"));
        people.put("unit-admin-mulyorejo", DevIdentity.person("UNIT_ADMIN", "199204042018031005", "KEC-MULYOREJO"));
        people.put("participant-dinkes-sibolga",
                DevIdentity.person("PARTICIPANT", "198806062011012004", "DINKES-SIBOLGA"));
        people.put("supervisor-dinkes-sibolga",
                DevIdentity.person("SUPERVISOR", "197911112005012002", "DINKES-SIBOLGA"));
        people.put("unit-admin-dinkes-sibolga",
                DevIdentity.person("UNIT_ADMIN", "199003032016031001", "DINKES-SIBOLGA"));
        return Collections.unmodifiableMap(people);
    }

    private DevPersonas() {
    }

    public static DevIdentity forRole(String role) {
        String wanted = role.toUpperCase(Locale.ROOT);
        return ALL.stream().filter(persona -> persona.roles().contains(wanted)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Unknown role '" + role + "'; expected one of " + ROLES));
    }
}
