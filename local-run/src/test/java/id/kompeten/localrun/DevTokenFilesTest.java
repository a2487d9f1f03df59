package id.kompeten.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevKeyPair;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokenMinter;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokenFilesTest {

    @TempDir
    Path dataDir;

    @Test
    void writesOneTokenPerRoleThatTheServicesKeyVerifies() throws Exception {
        DevTokenFiles files = new DevTokenFiles(dataDir);

        files.writeOnePerRole(files.keys());

        DevKeyPair published = DevKeyPair.load(dataDir.resolve("keys"));
        for (DevIdentity persona : DevPersonas.ALL) {
            String role = persona.roles().iterator().next();
            JwtClaims claims = verify(Files.readString(dataDir.resolve("tokens/" + role + ".jwt")), published);
            assertEquals(List.of(role), claims.getStringListClaimValue("groups"));
            assertEquals(persona.nip(), claims.getClaimValue("nip"), role);
            assertEquals(persona.unit(), claims.getClaimValue("unit"), role);
            long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
            assertEquals(Duration.ofDays(30).toSeconds(), lifetime, role);
        }
        for (Map.Entry<String, DevIdentity> person : DevPersonas.DEMO_PEOPLE.entrySet()) {
            JwtClaims claims = verify(Files.readString(dataDir.resolve("tokens/people/" + person.getKey() + ".jwt")),
                    published);
            assertEquals(List.copyOf(person.getValue().roles()), claims.getStringListClaimValue("groups"));
            assertEquals(person.getValue().nip(), claims.getClaimValue("nip"), person.getKey());
            assertEquals(person.getValue().unit(), claims.getClaimValue("unit"), person.getKey());
        }
    }

    @Test
    void keepsTheKeyPairAcrossRuns() {
        DevKeyPair first = new DevTokenFiles(dataDir).keys();
        DevKeyPair second = new DevTokenFiles(dataDir).keys();

        assertEquals(first.publicKey(), second.publicKey());
        assertEquals(dataDir.resolve("keys/public-key.pem").toAbsolutePath(), new DevTokenFiles(dataDir).publicKeyFile());
    }

    @Test
    void writesAMintTokenScriptForTheDataFolder() throws Exception {
        Path script = new DevTokenFiles(dataDir).writeMintTokenScripts();

        String text = Files.readString(script);
        assertTrue(Files.isExecutable(script));
        assertTrue(text.contains("-Dlocal.data='" + dataDir + "'"), text);
        assertTrue(text.contains(MintToken.class.getName() + " \"$@\""), text);
    }

    @Test
    void mintTokenScriptOutlivesMvnClean() throws Exception {
        // The launcher's class path holds the modules' target/ folders; the script must not depend on them.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path repositoryRoot = Path.of("..").toAbsolutePath().normalize();
        DevTokenFiles files = new DevTokenFiles(dataDir);
        files.keys();

        Path script = files.writeMintTokenScripts(classPath, repositoryRoot);

        String text = Files.readString(script);
        String scriptClassPath = text.substring(text.indexOf(" -cp '") + 6, text.indexOf("' " + MintToken.class.getName()));
        for (String entry : scriptClassPath.split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath().normalize();
            assertTrue(!path.startsWith(repositoryRoot) || path.startsWith(dataDir.toAbsolutePath()),
                    "still in the build output: " + entry);
        }
        Process process = new ProcessBuilder(script.toString(), "--role", "ADMIN").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertEquals(List.of("ADMIN"), verify(output, DevKeyPair.load(dataDir.resolve("keys")))
                .getStringListClaimValue("groups"));
    }

    @Test
    void mintTokenParsesAPerson() {
        MintToken.Request request = MintToken.Request.parse(
                List.of("--role", "supervisor", "--nip", "197806302003122001", "--unit", "disdukcapil-sibolga"));

        assertEquals(new DevIdentity("dev-197806302003122001", Set.of("SUPERVISOR"), "197806302003122001",
                "DISDUKCAPIL-SIBOLGA"), request.identity());
        assertEquals(Duration.ofDays(30), request.lifetime());
    }

    @Test
    void mintTokenParsesSeveralRolesAndALifetime() {
        MintToken.Request request = MintToken.Request.parse(
                List.of("--role", "INTEGRATION", "--role", "EVALUATOR", "--lifetime", "PT8H", "--subject", "sikep"));

        assertEquals(new DevIdentity("sikep", Set.of("INTEGRATION", "EVALUATOR"), null, null), request.identity());
        assertEquals(Duration.ofHours(8), request.lifetime());
    }

    @Test
    void mintTokenRefusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> MintToken.Request.parse(List.of("--nip", "198703122010011004")));
        assertThrows(IllegalArgumentException.class, () -> MintToken.Request.parse(List.of("--role", "KING")));
        assertThrows(IllegalArgumentException.class,
                () -> MintToken.Request.parse(List.of("--role", "PARTICIPANT", "--nip", "1987031220")));
        assertThrows(IllegalArgumentException.class,
                () -> MintToken.Request.parse(List.of("--role", "PARTICIPANT", "--lifetime", "30 days")));
        assertThrows(IllegalArgumentException.class, () -> MintToken.Request.parse(List.of("--role")));
    }

    private static JwtClaims verify(String token, DevKeyPair keys) throws Exception {
        return new JwtConsumerBuilder()
                .setVerificationKey(keys.publicKey())
                .setExpectedIssuer(DevTokenMinter.DEV_ISSUER)
                .setExpectedAudience(DevTokenMinter.API_AUDIENCE)
                .setRequireExpirationTime()
                .build()
                .processToClaims(token);
    }
}
