package id.kompeten.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.platform.security.AccessScope.OwnerAttributes;
import id.kompeten.platform.security.AccessScope.Restriction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessScopeTest {

    private static final String UNIT = "DISDUKCAPIL-SIBOLGA";
    private static final String OTHER_UNIT = "DINKES-SIBOLGA";
    private static final String PARTICIPANT_NIP = "198703122010011004";
    private static final String SUPERVISOR_NIP = "197806302003122001";
    private static final String STRANGER_NIP = "199201012018012001";
    private static final String OTHER_SUPERVISOR_NIP = "196901011995031001";

    private static final Owner OWN_RECORD = Owner.person(PARTICIPANT_NIP, UNIT, SUPERVISOR_NIP);
    private static final Owner STRANGERS_RECORD = Owner.person(STRANGER_NIP, OTHER_UNIT, OTHER_SUPERVISOR_NIP);
    private static final OwnerAttributes ENROLLMENT = new OwnerAttributes("nip", "unitCode", "supervisorNip");

    @Test
    void participantSeesOnlyTheirOwnRecords() {
        AccessScope scope = scopeOf(person(Roles.PARTICIPANT, PARTICIPANT_NIP, UNIT));

        assertTrue(scope.includes(OWN_RECORD));
        assertFalse(scope.includes(STRANGERS_RECORD));
        assertFalse(scope.includes(Owner.person(STRANGER_NIP, UNIT, SUPERVISOR_NIP)), "same unit is not enough");
    }

    @Test
    void supervisorSeesSubordinatesAndThemselvesOnly() {
        AccessScope scope = scopeOf(person(Roles.SUPERVISOR, SUPERVISOR_NIP, UNIT));

        assertTrue(scope.includes(OWN_RECORD), "a subordinate's record");
        assertTrue(scope.includes(Owner.person(SUPERVISOR_NIP, UNIT, OTHER_SUPERVISOR_NIP)), "their own record");
        assertFalse(scope.includes(Owner.person(STRANGER_NIP, UNIT, OTHER_SUPERVISOR_NIP)), "another's subordinate");
    }

    @Test
    void unitAdminSeesTheirUnitOnly() {
        AccessScope scope = scopeOf(person(Roles.UNIT_ADMIN, "199002142015031002", UNIT));

        assertTrue(scope.includes(OWN_RECORD));
        assertTrue(scope.includes(Owner.unit(UNIT)));
        assertFalse(scope.includes(STRANGERS_RECORD));
        assertFalse(scope.includes(Owner.unit(OTHER_UNIT)));
    }

    @Test
    void adminAndIntegrationSeeEverything() {
        for (String role : Roles.SEE_EVERYTHING) {
            AccessScope scope = scopeOf(new Caller("dev-" + role, Set.of(role), null, null));
            assertTrue(scope.isAll(), role);
            assertTrue(scope.includes(STRANGERS_RECORD), role);
        }
    }

    @Test
    void rolesNamedByTheEndpointSeeEverything() {
        Caller evaluator = person(Roles.EVALUATOR, "198911052014022002", "BKPSDM-SIBOLGA");

        assertTrue(AccessScope.of(evaluator, List.of(Roles.EVALUATOR)).includes(STRANGERS_RECORD));
        assertFalse(AccessScope.of(evaluator, List.of(Roles.CATALOG_MANAGER)).includes(STRANGERS_RECORD));
    }

    @Test
    void rolesAddUp() {
        Caller both = new Caller("dev-x", Set.of(Roles.SUPERVISOR, Roles.UNIT_ADMIN), SUPERVISOR_NIP, OTHER_UNIT);
        AccessScope scope = scopeOf(both);

        assertTrue(scope.includes(OWN_RECORD), "subordinate in another unit, through SUPERVISOR");
        assertTrue(scope.includes(STRANGERS_RECORD), "anyone in their unit, through UNIT_ADMIN");
        assertFalse(scope.includes(Owner.person(STRANGER_NIP, UNIT, OTHER_SUPERVISOR_NIP)));
    }

    @Test
    void missingClaimsNeverMatchMissingOwnerParts() {
        Caller noClaims =
                new Caller("dev-x", Set.of(Roles.UNIT_ADMIN, Roles.SUPERVISOR, Roles.PARTICIPANT), null, null);
        AccessScope scope = scopeOf(noClaims);

        assertTrue(scope.isEmpty());
        assertFalse(scope.includes(new Owner(null, null, null)));
    }

    @Test
    void aRoleWithoutRecordRulesStillSeesItsOwn() {
        AccessScope scope = scopeOf(person(Roles.CATALOG_MANAGER, "198510232009022003", "BKPSDM-SIBOLGA"));

        assertFalse(scope.isEmpty());
        assertTrue(scope.includes(Owner.person("198510232009022003", "BKPSDM-SIBOLGA", null)));
        assertFalse(scope.includes(Owner.unit("BKPSDM-SIBOLGA")));
    }

    @Test
    void restrictionMatchesTheSameRulesAsIncludes() {
        Caller both = new Caller("dev-x", Set.of(Roles.SUPERVISOR, Roles.UNIT_ADMIN), SUPERVISOR_NIP, UNIT);

        Restriction restriction = scopeOf(both).restriction(ENROLLMENT);

        assertEquals("(unitCode = :scopeUnitCode or supervisorNip = :scopeSupervisorNip or nip = :scopeOwnNip)",
                restriction.clause());
        assertEquals(Map.of("scopeUnitCode", UNIT, "scopeSupervisorNip", SUPERVISOR_NIP, "scopeOwnNip", SUPERVISOR_NIP),
                restriction.parameters());
    }

    @Test
    void restrictionOfAParticipantIsTheirNip() {
        Restriction restriction = scopeOf(person(Roles.PARTICIPANT, PARTICIPANT_NIP, UNIT)).restriction(ENROLLMENT);

        assertEquals("(nip = :scopeOwnNip)", restriction.clause());
        assertEquals(Map.of("scopeOwnNip", PARTICIPANT_NIP, "status", "APPROVED"),
                restriction.parametersWith("status", "APPROVED"));
    }

    @Test
    void restrictionSkipsAttributesTheEntityDoesNotHave() {
        Caller unitAdmin = person(Roles.UNIT_ADMIN, "199002142015031002", UNIT);

        assertEquals("(unitCode = :scopeUnitCode)",
                scopeOf(unitAdmin).restriction(new OwnerAttributes(null, "unitCode", null)).clause());
        assertEquals("1 = 0", scopeOf(person(Roles.PARTICIPANT, PARTICIPANT_NIP, UNIT))
                .restriction(new OwnerAttributes(null, "unitCode", null)).clause(), "a unit's record is no one's own");
    }

    @Test
    void restrictionOfEverythingIsNoFilter() {
        Caller admin = new Caller("dev-admin", Set.of(Roles.ADMIN), null, null);

        Restriction restriction = scopeOf(admin).restriction(ENROLLMENT);

        assertEquals("1 = 1", restriction.clause());
        assertTrue(restriction.parameters().isEmpty());
    }

    private static AccessScope scopeOf(Caller caller) {
        return AccessScope.of(caller, List.of());
    }

    private static Caller person(String role, String nip, String unit) {
        return new Caller("dev-" + nip, Set.of(role), nip, unit);
    }
}
