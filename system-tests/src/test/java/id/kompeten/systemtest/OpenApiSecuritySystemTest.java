package id.kompeten.systemtest;

import static id.kompeten.systemtest.SystemStack.ENROLLMENT;
import static id.kompeten.systemtest.SystemStack.EVALUATION;
import static id.kompeten.systemtest.SystemStack.TRAINING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevKeyPair;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokenMinter;
import id.kompeten.localstack.tokens.DevTokens;
import id.kompeten.systemtest.OpenApiOperations.Operation;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, derived from the services' own OpenAPI documents, so a new operation is covered without editing
 * this test. For every operation under {@code /api/}:
 * <ul>
 *   <li>documented as secured: no token, a token signed by another key, an expired one, one from another issuer, one
 *   for another audience and one with {@code alg: none} each get 401 problem+json; a valid token of every role its
 *   description ("Roles: A or B.") does not name gets 403 problem+json;</li>
 *   <li>documented as public (no security requirement): a call without a token is not refused (neither 401 nor
 *   403).</li>
 * </ul>
 * Path parameters get a placeholder and bodies {@code {}}: the access check comes before both. Every mismatch is
 * collected, so one run lists them all; the counts are printed.
 */
@SystemTest({TRAINING, ENROLLMENT, EVALUATION})
class OpenApiSecuritySystemTest {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final DevIdentity ADMIN = DevIdentity.system("ADMIN");

    private final SystemStack stack;

    OpenApiSecuritySystemTest(SystemStack stack) {
        this.stack = stack;
    }

    @Test
    void everyOperationRefusesWhatItsDocumentationDoesNotAllow() {
        Map<String, String> badTokens = badTokens();
        List<String> mismatches = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int operations = 0;
        for (String service : List.of(TRAINING, ENROLLMENT, EVALUATION)) {
            for (Operation operation : OpenApiOperations.of(stack, service)) {
                operations++;
                if (!operation.secured()) {
                    Response response = call(operation, null);
                    count(counts, "public without a token");
                    if (response.statusCode() == 401 || response.statusCode() == 403) {
                        mismatches.add(operation.name() + " is documented public but answered "
                                + response.statusCode() + " without a token");
                    }
                    continue;
                }
                expect(mismatches, counts, operation, null, 401, "no token");
                badTokens.forEach((kind, token) -> expect(mismatches, counts, operation, token, 401, kind));
                for (String role : DevPersonas.ROLES) {
                    if (!operation.roles().contains(role)) {
                        expect(mismatches, counts, operation, DevTokens.bearer(role, DevPersonas.SAMPLE_NIP,
                                DevPersonas.SAMPLE_UNIT), 403, "role not documented");
                    }
                }
            }
        }
        int cases = counts.values().stream().mapToInt(Integer::intValue).sum();
        SystemStack.say("Security suite from the OpenAPI documents: %d operations, %d cases %s", operations, cases,
                counts);
        assertTrue(operations > 100, "the documents list the services' operations: " + operations);
        assertEquals(List.of(), mismatches, mismatches.size() + " of " + cases + " cases answered otherwise");
    }

    private void expect(List<String> mismatches, Map<String, Integer> counts, Operation operation, String token,
            int status, String kind) {
        Response response = call(operation, token);
        count(counts, kind);
        if (response.statusCode() != status || !String.valueOf(response.contentType()).startsWith(PROBLEM_JSON)) {
            mismatches.add(operation.name() + " with " + kind + ": expected " + status + " problem+json, got "
                    + response.statusCode() + " " + response.contentType());
        }
    }

    private static void count(Map<String, Integer> counts, String kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    private Response call(Operation operation, String authorization) {
        // As written: RestAssured would encode the ':' of custom verbs (courses:import), which then match nothing.
        RequestSpecification request = stack.request(operation.service()).urlEncodingEnabled(false).redirects()
                .follow(false);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (WRITES.contains(operation.method()) && !operation.method().equals("delete")) {
            request.contentType("application/json").body("{}");
        }
        return request.request(operation.method().toUpperCase(), operation.concretePath());
    }

    /** Tokens a service must refuse with 401, by what is wrong with them (all would otherwise be an ADMIN's). */
    private static Map<String, String> badTokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("another key's signature", "Bearer "
                + new DevTokenMinter(DevKeyPair.generate().privateKey()).mint(ADMIN, Duration.ofHours(1)));
        Instant issued = Instant.now().minus(Duration.ofHours(3));
        tokens.put("an expired token", "Bearer "
                + DevTokens.minter().mint(ADMIN, issued, issued.plus(Duration.ofHours(1))));
        tokens.put("another issuer", "Bearer " + new DevTokenMinter(DevTokens.keys().privateKey(),
                "https://sso.example.org/realms/other").mint(ADMIN, Duration.ofHours(1)));
        tokens.put("another audience", "Bearer " + new DevTokenMinter(DevTokens.keys().privateKey(),
                DevTokenMinter.DEV_ISSUER, "another-api").mint(ADMIN, Duration.ofHours(1)));
        tokens.put("alg none", "Bearer " + unsigned(DevTokens.token(ADMIN)));
        return tokens;
    }

    /** The same claims with the header {@code {"alg":"none"}} and no signature. */
    private static String unsigned(String token) {
        String[] parts = token.split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + ".";
    }
}
