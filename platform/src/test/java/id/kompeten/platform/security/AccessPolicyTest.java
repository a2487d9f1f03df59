package id.kompeten.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.platform.error.NotFoundProblem;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final String NIP = "198703122010011004";
    private static final String UNIT = "DISDUKCAPIL-SIBOLGA";
    private static final Owner OWN = Owner.person(NIP, UNIT, "197806302003122001");
    private static final Owner OTHERS = Owner.person("199201012018012001", UNIT, "197806302003122001");

    private final AccessPolicy participant = policyFor(new Caller("dev-" + NIP, Set.of(Roles.PARTICIPANT), NIP, UNIT));

    @Test
    void ownRecordPasses() {
        assertDoesNotThrow(() -> participant.requireAccess(OWN));
        assertDoesNotThrow(() -> participant.requireVisible(OWN, "enrollment", 42));
        assertTrue(participant.canAccess(OWN));
    }

    @Test
    void othersRecordIsForbidden() {
        assertThrows(ForbiddenException.class, () -> participant.requireAccess(OTHERS));
        assertFalse(participant.canAccess(OTHERS));
    }

    @Test
    void othersPrivateRecordIsNotFound() {
        NotFoundProblem problem = assertThrows(NotFoundProblem.class,
                () -> participant.requireVisible(OTHERS, "enrollment", 42));

        assertEquals(404, problem.status());
        assertEquals("enrollment", problem.args()[0]);
        assertEquals("42", problem.args()[1]);
    }

    @Test
    void rolesNamedByTheEndpointSeeEverything() {
        AccessPolicy evaluator =
                policyFor(new Caller("dev-e", Set.of(Roles.EVALUATOR), "198911052014022002", "BKPSDM-SIBOLGA"));

        assertThrows(ForbiddenException.class, () -> evaluator.requireAccess(OTHERS));
        assertDoesNotThrow(() -> evaluator.requireAccess(OTHERS, Roles.EVALUATOR));
    }

    @Test
    void listScopeOfACallerWhoSeesNothingIsForbidden() {
        AccessPolicy catalogClient = policyFor(new Caller("dev-catalog", Set.of(Roles.CATALOG_MANAGER), null, null));

        assertThrows(ForbiddenException.class, catalogClient::scope);
        assertTrue(catalogClient.scope(Roles.CATALOG_MANAGER).isAll());
    }

    @Test
    void listScopeOfAParticipantIsThemselves() {
        AccessScope scope = participant.scope();

        assertEquals(Optional.of(NIP), scope.ownNip());
        assertEquals(Optional.empty(), scope.unitCode());
        assertEquals(Optional.empty(), scope.supervisorNip());
    }

    @Test
    void anonymousCallerIsUnauthorized() {
        AccessPolicy anonymous = policyFor(Caller.ANONYMOUS);

        assertThrows(UnauthorizedException.class, () -> anonymous.requireAccess(OWN));
        assertThrows(UnauthorizedException.class, anonymous::scope);
    }

    private static AccessPolicy policyFor(Caller caller) {
        return new AccessPolicy(new CurrentUser(caller));
    }
}
