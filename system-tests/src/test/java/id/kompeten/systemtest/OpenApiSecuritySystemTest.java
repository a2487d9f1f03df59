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
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern ROLES = Pattern.compile("Roles: ([^\\n]+?)\\.\\s*$");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final DevIdentity ADMIN = DevIdentity.system("ADMIN");

    private final SystemStack stack;

    OpenApiSecuritySystemTest(SystemStack stack) {
        this.stack = stack;
    }

    /** One operation as its document describes it. */
    private record Operation(String service, String method, String path, boolean secured, Set<String> roles) {

        String name() {
            return service + " " + method.toUpperCase() + " " + path;
        }

        /** The path with every parameter replaced by a placeholder that matches the usual patterns. */
        String concretePath() {
            return PATH_PARAMETER.matcher(path).replaceAll("X1");
        }
    }

    @Test
    void everyOperationRefusesWhatItsDocumentationDoesNotAllow() {
        Map<String, String> badTokens = badTokens();
        List<String> mismatches = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int operations = 0;
        for (String service : List.of(TRAINING, ENROLLMENT, EVALUATION)) {
            for (Operation operation : operations(service)) {
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

    /** The service's operations under /api/, from its OpenAPI document. */
    private List<Operation> operations(String service) {
        JsonPath document = stack.request(service).queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.forEach((method, value) -> {
                if (!(value instanceof Map<?, ?> operation) || !Set.of("get", "post", "put", "patch", "delete")
                        .contains(method)) {
                    return;
                }
                Object security = operation.get("security");
                boolean secured = security instanceof List<?> list && !list.isEmpty();
                operations.add(new Operation(service, method, path, secured,
                        roles(String.valueOf(operation.get("description")))));
            });
        });
        return operations;
    }

    /** The roles of the description's "Roles: A, B or C." paragraph; every role for "any authenticated caller". */
    private static Set<String> roles(String description) {
        Matcher matcher = ROLES.matcher(description);
        if (!matcher.find()) {
            return Set.of();
        }
        String named = matcher.group(1);
        if (named.startsWith("any authenticated caller")) {
            return Set.copyOf(DevPersonas.ROLES);
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String part : named.split(",| or ")) {
            if (!part.isBlank()) {
                roles.add(part.strip());
            }
        }
        return roles;
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
