package id.kompeten.localstack.tokens;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Development tokens for a service's {@code @QuarkusTest}s, e.g.
 * {@code given().header("Authorization", DevTokens.bearer(Roles.SUPERVISOR, nip, unit))}. They are signed with the key
 * pair that {@link id.kompeten.localstack.testing.LocalStackTestResource} makes the service under test trust.
 * <p>
 * Test code may run in another class loader than the test resource, so the key pair is found through a JVM-wide system
 * property naming the folder its PEM files are in; each class loader then caches what it read.
 */
public final class DevTokens {

    /** System property: the folder holding this test JVM's development key pair. */
    public static final String KEYS_DIR_PROPERTY = "kompeten.test-stack.jwt-keys";

    private static final Duration TEST_LIFETIME = Duration.ofHours(1);

    private static Path loadedFrom;
    private static DevKeyPair keys;

    private DevTokens() {
    }

    /** {@code "Bearer <token>"} for a person with one role. */
    public static String bearer(String role, String nip, String unit) {
        return bearer(DevIdentity.person(role, nip, unit));
    }

    /** {@code "Bearer <token>"} for a system client (no NIP, no unit), e.g. INTEGRATION. */
    public static String bearer(String role) {
        return bearer(DevIdentity.system(role));
    }

    /** Any identity, e.g. {@code DevPersonas.SUPERVISOR} or {@code DevIdentity.person(...).withRoles(...)}. */
    public static String bearer(DevIdentity identity) {
        return "Bearer " + token(identity);
    }

    /** The bare token, e.g. for RestAssured's {@code auth().oauth2(...)}. */
    public static String token(DevIdentity identity) {
        return minter().mint(identity, TEST_LIFETIME);
    }

    /** The minter behind {@link #bearer}, for tokens with unusual times (e.g. already expired). */
    public static DevTokenMinter minter() {
        return new DevTokenMinter(keys().privateKey());
    }

    /** The key pair services under test trust in this JVM. */
    public static synchronized DevKeyPair keys() {
        String dir = System.getProperty(KEYS_DIR_PROPERTY);
        if (dir == null) {
            throw new IllegalStateException("No development key pair in this JVM: annotate the test class with"
                    + " @WithTestResource(LocalStackTestResource.class), which creates it before the first test");
        }
        Path path = Path.of(dir);
        if (!path.equals(loadedFrom)) {
            keys = DevKeyPair.load(path);
            loadedFrom = path;
        }
        return keys;
    }
}
