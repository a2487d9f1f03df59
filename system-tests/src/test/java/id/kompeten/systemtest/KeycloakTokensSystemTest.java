package id.kompeten.systemtest;

import static id.kompeten.systemtest.SystemStack.ENROLLMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.FreePorts;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production token path against a real Keycloak: the server distribution from Maven Central
 * ({@code org.keycloak:keycloak-quarkus-dist}, unpacked by the build into {@code target/keycloak}) with the project's own
 * realm file, and a second enrollment-service instance configured as production is ({@code JWT_ISSUER} the realm,
 * {@code JWT_PUBLIC_KEY_LOCATION} its key set, the default audience {@code kompeten-api}). A user's token, got as a
 * browser front end gets it from {@code kompeten-web} (authorization code with PKCE, the login form filled in), carries
 * {@code groups}, {@code nip} and {@code unit}, and the service decides with them: the unit admin reads their unit's
 * people and not another unit's, the participant their own record only. A client-credentials token of
 * {@code kompeten-integration} reads as INTEGRATION. The development tokens every other system test uses are refused
 * there (401), and Keycloak's tokens by the instance that trusts the development key; a Keycloak token with its claims
 * changed is refused too.
 */
@SystemTest({ENROLLMENT})
class KeycloakTokensSystemTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Duration KEYCLOAK_START = Duration.ofMinutes(10);
    private static final String PASSWORD = "Rahasia-Uji-1";
    private static final DevIdentity ANDI = DevPersonas.PARTICIPANT;
    private static final DevIdentity RIKO = DevPersonas.UNIT_ADMIN;
    private static final DevIdentity MARIA =
            DevIdentity.person("PARTICIPANT", "199304282019032001", DevPersonas.SAMPLE_UNIT);
    private static final DevIdentity PARTICIPANT_MULYOREJO = DevPersonas.DEMO_PEOPLE.get("participant-mulyorejo");

    private static KeycloakServer keycloak;
    private static String production;

    private final SystemStack stack;
    private final List<String> mismatches = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    KeycloakTokensSystemTest(SystemStack stack) {
        this.stack = stack;
    }

    @BeforeAll
    static void startKeycloakAndAProductionInstance(SystemStack stack) {
        Path root = Path.of(System.getProperty("kompeten.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("kompeten.keycloak.home", "target/keycloak/keycloak-26.5.6"))
                .toAbsolutePath();
        Path logs = Path.of(System.getProperty("kompeten.system-test.logs", "target/system-test-logs"))
                .toAbsolutePath();
        keycloak = KeycloakServer.start(home, root.resolve("docker/keycloak/realm-kompeten.json"), FreePorts.find(),
                logs, KEYCLOAK_START);
        keycloak.createUser("riko", PASSWORD, RIKO.nip(), RIKO.unit(), List.of("UNIT_ADMIN"));
        keycloak.createUser("andi", PASSWORD, ANDI.nip(), ANDI.unit(), List.of("PARTICIPANT"));
        // A second instance on the same database, then restarted with the production token settings: nothing of the
        // development key or issuer is left in its environment.
        production = stack.requireSecondInstance(ENROLLMENT);
        stack.restart(production, Map.of("JWT_ISSUER", keycloak.issuer(), "JWT_PUBLIC_KEY_LOCATION",
                keycloak.jwksUrl(), "JWT_PUBLIC_KEY", "NONE"));
    }

    @AfterAll
    static void stop(SystemStack stack) {
        // Later classes meet one enrollment instance trusting the development key, as before.
        stack.stopSecondInstance(ENROLLMENT);
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void keycloakTokensWorkAsInProductionAndDevelopmentTokensDoNot() {
        long begin = System.nanoTime();
        String unitAdmin = keycloak.userToken("riko", PASSWORD);
        String participant = keycloak.userToken("andi", PASSWORD);
        String integration = keycloak.clientCredentialsToken();

        JsonPath riko = KeycloakServer.claims(unitAdmin);
        check("user token claims", riko.getString("iss").equals(keycloak.issuer())
                && riko.getList("groups").contains("UNIT_ADMIN") && RIKO.nip().equals(riko.getString("nip"))
                && RIKO.unit().equals(riko.getString("unit")) && audience(riko).contains("kompeten-api"),
                "riko's token: " + riko.prettify());
        JsonPath system = KeycloakServer.claims(integration);
        check("client credentials token claims", system.getList("groups").contains("INTEGRATION")
                && audience(system).contains("kompeten-api") && system.getString("nip") == null,
                "integration token: " + system.prettify());

        String andiPath = "/api/v1/participants/" + ANDI.nip();
        // The unit admin: their unit's people, not another unit's (the unit claim decides).
        expect("user token", production, unitAdmin, andiPath, 200);
        expect("user token", production, unitAdmin, "/api/v1/participants?unit=" + RIKO.unit(), 200);
        expect("user token", production, unitAdmin, "/api/v1/participants/" + PARTICIPANT_MULYOREJO.nip(), 404);
        expect("user token", production, unitAdmin, "/api/v1/participants?unit=KEC-MULYOREJO", 403);
        List<String> units = stack.request(production).header("Authorization", "Bearer " + unitAdmin)
                .get("/api/v1/participants?size=100").then().statusCode(200).extract().path("items.unitCode");
        check("user token", !units.isEmpty() && units.stream().allMatch(RIKO.unit()::equals),
                "the unit admin's list holds their unit's people only: " + units);
        // The participant: their own record (the nip claim decides), nobody else's, no list (the role decides).
        expect("user token", production, participant, andiPath, 200);
        expect("user token", production, participant, "/api/v1/participants/" + MARIA.nip(), 404);
        expect("user token", production, participant, "/api/v1/participants", 403);
        // The system client reads everyone.
        expect("client credentials token", production, integration, "/api/v1/participants", 200);
        expect("client credentials token", production, integration, andiPath, 200);

        // Development tokens mean nothing to a production instance, and Keycloak's nothing to a development one.
        for (DevIdentity identity : DevPersonas.ALL) {
            expect("development token on the production instance", production, DevTokens.token(identity),
                    identity.nip() == null ? "/api/v1/participants" : "/api/v1/participants/" + identity.nip(), 401);
        }
        expect("Keycloak token on the development instance", ENROLLMENT, unitAdmin, andiPath, 401);
        expect("Keycloak token on the development instance", ENROLLMENT, integration, "/api/v1/participants", 401);
        // Keycloak's signature over other claims: Andi's token made ADMIN.
        expect("changed Keycloak token", production, withClaim(participant, "\"groups\":[\"ADMIN\"],"),
                "/api/v1/participants", 401);
        expect("no token", production, null, "/api/v1/participants", 401);

        int cases = counts.values().stream().mapToInt(Integer::intValue).sum();
        SystemStack.say("Keycloak token path: %d cases in %.1f s %s", cases, (System.nanoTime() - begin) / 1e9,
                counts);
        assertEquals(List.of(), mismatches, mismatches.size() + " of " + cases + " cases answered otherwise");
        assertTrue(cases >= 20, "cases: " + cases);
    }

    private void expect(String kind, String instance, String token, String uri, int status) {
        var request = stack.request(instance).urlEncodingEnabled(false).accept("application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        Response response = request.get(uri);
        counts.merge(kind, 1, Integer::sum);
        boolean problem = status < 400 || String.valueOf(response.contentType()).startsWith(PROBLEM_JSON);
        if (response.statusCode() != status || !problem) {
            mismatches.add(kind + " GET " + uri + " on " + instance + ": expected " + status + ", got "
                    + response.statusCode() + " " + response.contentType() + " " + response.asString());
        }
    }

    private void check(String kind, boolean condition, String detail) {
        counts.merge(kind, 1, Integer::sum);
        if (!condition) {
            mismatches.add(kind + ": " + detail);
        }
    }

    private static List<String> audience(JsonPath claims) {
        Object aud = claims.get("aud");
        return aud instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(aud));
    }

    /** The token with {@code claim} put first into its payload, the signature left as it was. */
    private static String withClaim(String token, String claim) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String without = payload.replaceFirst("\"groups\":\\[[^]]*],?", "").replace(",}", "}");
        String changed = "{" + claim + without.substring(1);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
