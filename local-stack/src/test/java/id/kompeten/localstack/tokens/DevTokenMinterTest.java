package id.kompeten.localstack.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Development tokens verified the way a service does: RS256 signature, issuer, expiry, then the claims it reads. */
class DevTokenMinterTest {

    private static final DevKeyPair KEYS = DevKeyPair.generate();

    @Test
    void mintedTokenVerifiesWithThePublicKeyAndCarriesTheClaims() throws Exception {
        String token = new DevTokenMinter(KEYS.privateKey()).mint(DevPersonas.PARTICIPANT, Duration.ofMinutes(30));

        JwtClaims claims = verifier(KEYS).processToClaims(token);

        assertEquals(DevTokenMinter.DEV_ISSUER, claims.getIssuer());
        assertEquals(List.of(DevTokenMinter.API_AUDIENCE), claims.getAudience());
        assertEquals("dev-198703122010011004", claims.getSubject());
        assertEquals(List.of("PARTICIPANT"), claims.getStringListClaimValue("groups"));
        assertEquals("198703122010011004", claims.getStringClaimValue("nip"));
        assertEquals("DISDUKCAPIL-SIBOLGA", claims.getStringClaimValue("unit"));
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertEquals(Duration.ofMinutes(30).toSeconds(), lifetime);
    }

    @Test
    void systemTokenHasNoPersonClaims() throws Exception {
        String token = new DevTokenMinter(KEYS.privateKey()).mint(DevPersonas.INTEGRATION, Duration.ofMinutes(5));

        JwtClaims claims = verifier(KEYS).processToClaims(token);

        assertEquals("dev-integration", claims.getSubject());
        assertFalse(claims.hasClaim("nip"));
        assertFalse(claims.hasClaim("unit"));
    }

    @Test
    void tokenDoesNotVerifyWithAnotherKey() {
        String token = new DevTokenMinter(KEYS.privateKey()).mint(DevPersonas.ADMIN, Duration.ofMinutes(5));

        assertThrows(InvalidJwtException.class, () -> verifier(DevKeyPair.generate()).processToClaims(token));
    }

    @Test
    void explicitTimesAllowAnExpiredToken() {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        String token = new DevTokenMinter(KEYS.privateKey())
                .mint(DevPersonas.ADMIN, issued, issued.plus(Duration.ofHours(1)));

        InvalidJwtException rejected =
                assertThrows(InvalidJwtException.class, () -> verifier(KEYS).processToClaims(token));
        assertTrue(rejected.hasExpired());
    }

    @Test
    void savedKeyPairLoadsBackAndStaysTheSame(@TempDir Path dir) throws Exception {
        DevKeyPair created = DevKeyPair.loadOrCreate(dir.resolve("keys"));
        DevKeyPair reloaded = DevKeyPair.loadOrCreate(dir.resolve("keys"));

        assertEquals(created.publicKey(), reloaded.publicKey());
        assertEquals(created.privateKey(), reloaded.privateKey());
        String token = new DevTokenMinter(created.privateKey()).mint(DevPersonas.SUPERVISOR, Duration.ofMinutes(5));
        assertEquals("SUPERVISOR", verifier(reloaded).processToClaims(token).getStringListClaimValue("groups").get(0));
    }

    @Test
    void personasHaveValidLookingNips() {
        for (DevIdentity persona : DevPersonas.ALL) {
            if (persona.nip() != null) {
                assertTrue(persona.nip().matches("(19|20)\\d{6}(19|20)\\d{4}[12]\\d{3}"), persona.nip());
            }
        }
        assertEquals(DevPersonas.ROLES.size(), DevPersonas.ALL.size());
        assertEquals(DevPersonas.SUPERVISOR, DevPersonas.forRole("supervisor"));
    }

    private static JwtConsumer verifier(DevKeyPair keys) {
        return new JwtConsumerBuilder()
                .setVerificationKey(keys.publicKey())
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(DevTokenMinter.DEV_ISSUER)
                .setExpectedAudience(DevTokenMinter.API_AUDIENCE)
                .setRequireExpirationTime()
                .setRequireSubject()
                .build();
    }
}
