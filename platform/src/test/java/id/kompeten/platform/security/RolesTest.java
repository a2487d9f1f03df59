package id.kompeten.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.localstack.tokens.DevPersonas;
import org.junit.jupiter.api.Test;

class RolesTest {

    /** local-stack cannot depend on the platform, so its personas repeat the role names: keep them equal. */
    @Test
    void developmentPersonasCoverExactlyThePlatformRoles() {
        assertEquals(Roles.ALL, DevPersonas.ROLES);
        assertEquals(Roles.ALL, DevPersonas.ALL.stream().map(persona -> persona.roles().iterator().next()).toList());
    }
}
