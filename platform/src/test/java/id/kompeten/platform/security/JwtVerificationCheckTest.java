package id.kompeten.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JwtVerificationCheckTest {

    private static final Optional<String> ISSUER = Optional.of("https://sso.example.go.id/realms/kompeten");
    private static final Optional<String> JWKS =
            Optional.of("https://sso.example.go.id/realms/kompeten/protocol/openid-connect/certs");

    @Test
    void issuerAndKeyLocationAreEnough() {
        assertEquals(Optional.empty(), JwtVerificationCheck.problem(ISSUER, Optional.empty(), JWKS));
    }

    @Test
    void issuerAndInlineKeyAreEnough() {
        assertEquals(Optional.empty(),
                JwtVerificationCheck.problem(ISSUER, Optional.of("MIIBIjANBgkq..."), Optional.empty()));
    }

    @Test
    void nothingConfiguredNamesBothVariables() {
        String problem =
                JwtVerificationCheck.problem(Optional.empty(), Optional.empty(), Optional.empty()).orElseThrow();

        assertTrue(problem.contains("JWT_ISSUER"), problem);
        assertTrue(problem.contains("JWT_PUBLIC_KEY_LOCATION"), problem);
        assertTrue(problem.contains("JWT_PUBLIC_KEY "), problem);
    }

    @Test
    void missingIssuerIsRefusedEvenWithAKey() {
        String problem = JwtVerificationCheck.problem(Optional.of(" "), Optional.empty(), JWKS).orElseThrow();

        assertTrue(problem.contains("JWT_ISSUER"), problem);
        assertFalse(problem.contains("JWT_PUBLIC_KEY_LOCATION"), problem);
    }

    @Test
    void smallryeNoneMarkerCountsAsMissing() {
        String problem = JwtVerificationCheck.problem(ISSUER, Optional.of("NONE"), Optional.of("NONE")).orElseThrow();

        assertTrue(problem.contains("JWT_PUBLIC_KEY_LOCATION"), problem);
    }
}
