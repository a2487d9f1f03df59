package id.kompeten.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Work the service starts itself runs as a caller the access rules know, with a person's claims when given. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class SystemCallerTest {

    @Inject
    SystemCaller systemCaller;

    @Test
    void aSystemCallerHasItsRoleAndNoPersonClaims() {
        Caller caller = systemCaller.call("demo-loader", Roles.ADMIN, SystemCallerTest::currentCaller);
        assertEquals("demo-loader", caller.subject());
        assertTrue(caller.hasRole(Roles.ADMIN));
        assertEquals(null, caller.nip());
        assertEquals(null, caller.unit());
    }

    @Test
    void aPersonCallerCarriesTheirNipAndUnitSoOwnRecordRulesApply() {
        Caller caller = systemCaller.callAs("demo-participant", Roles.PARTICIPANT, "198703122010011004",
                "DISDUKCAPIL-SIBOLGA", SystemCallerTest::currentCaller);
        assertEquals("198703122010011004", caller.nip());
        assertEquals("DISDUKCAPIL-SIBOLGA", caller.unit());
        assertFalse(caller.hasRole(Roles.ADMIN));
        AccessScope scope = AccessScope.of(caller, List.of());
        assertTrue(scope.includes(Owner.person("198703122010011004", "DISDUKCAPIL-SIBOLGA", null)));
        assertFalse(scope.includes(Owner.person("199304282019032001", "DISDUKCAPIL-SIBOLGA", null)));
    }

    private static Caller currentCaller() {
        return Arc.container().instance(CurrentUser.class).get().caller();
    }
}
