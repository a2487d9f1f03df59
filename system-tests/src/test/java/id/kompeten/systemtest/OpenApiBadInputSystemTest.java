package id.kompeten.systemtest;

import static id.kompeten.systemtest.OpenApiOperations.typeOf;
import static id.kompeten.systemtest.SystemStack.ENROLLMENT;
import static id.kompeten.systemtest.SystemStack.EVALUATION;
import static id.kompeten.systemtest.SystemStack.TRAINING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokens;
import id.kompeten.systemtest.OpenApiOperations.Operation;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * What the services answer to bad input, derived from their own OpenAPI documents, so a new operation is covered
 * without editing this test. Every operation under {@code /api/} with an {@code application/json} request body or with
 * query or path parameters is called with a token of a role its description allows (ADMIN when it may; else the first
 * role named, for the demo participant's NIP and unit) and:
 * <ul>
 *   <li>bodies: malformed JSON, an array and a number where an object is expected, each required property left out,
 *   per property one wrong type, empty and whitespace-only strings, 10,000 characters, negative, zero and huge
 *   numbers, an enum value outside the allowed ones, an impossible date, SQL and script fragments, plus an unknown
 *   property and a body over the 5 MB limit;</li>
 *   <li>query parameters: values outside their schema (enum, integer, range, pattern, date);</li>
 *   <li>path parameters: SQL and script fragments.</li>
 * </ul>
 * A case is <em>clearly invalid</em> when the schema rules it out (required, type, enum, format, pattern, minimum,
 * maximum, length): it must get a 4xx problem+json, and a 400 must name the property in its {@code errors}. Other
 * cases (SQL text in a free-text name is valid data) may be accepted, but never with a 5xx. Creates (POST to a path
 * that also has a paged GET list) must not change the list's {@code total} over their clearly invalid cases. Every
 * mismatch is collected, so one run lists them all; the counts per kind are printed.
 */
@SystemTest({TRAINING, ENROLLMENT, EVALUATION})
class OpenApiBadInputSystemTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SQL = "' OR 1=1 --";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String LONG = "x".repeat(10_000);
    private static final String UNKNOWN_PROPERTY = "unexpectedProperty";
    /** Over the services' quarkus.http.limits.max-body-size (5M). */
    private static final int OVERSIZED = 5 * 1024 * 1024 + 1024;
    private static final Set<String> BODY_METHODS = Set.of("post", "put", "patch");

    /**
     * Defects this suite found that are still open; the lead decides on their fixes. Each matches the cases it
     * explains ("service METHOD path | kind | property" and the answer); one that no longer matches any case fails the
     * suite, so the list cannot go stale.
     */
    private static final List<KnownDefect> KNOWN_DEFECTS = List.of();

    /** An open defect and the answers it explains. */
    private record KnownDefect(String description, BiPredicate<String, Response> matches) {
    }

    private final SystemStack stack;
    private final List<String> mismatches = new ArrayList<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, Integer> knownSeen = new TreeMap<>();
    private final Map<String, Long> millis = new TreeMap<>();
    /** Cases that may be valid data and were accepted, for the reader to judge (each may have stored a record). */
    private final Map<String, Integer> accepted = new TreeMap<>();

    OpenApiBadInputSystemTest(SystemStack stack) {
        this.stack = stack;
    }

    @Test
    void everyOperationRefusesBadInputWithAProblemNamingTheField() {
        int operations = 0;
        for (String service : List.of(TRAINING, ENROLLMENT, EVALUATION)) {
            List<Operation> all = OpenApiOperations.of(stack, service);
            for (Operation operation : all) {
                Map<String, Object> body = BODY_METHODS.contains(operation.method()) ? operation.jsonBodySchema()
                        : null;
                boolean parameters = operation.parameters().stream()
                        .anyMatch(p -> "query".equals(p.get("in")) || "path".equals(p.get("in")));
                if (body == null && !parameters) {
                    continue;
                }
                operations++;
                Call call = new Call(operation, token(operation), body == null ? null : operation.exampleBody(),
                        new ArrayList<>());
                if (body != null) {
                    bodyCases(call, body);
                    contentCases(call, body);
                }
                queryCases(call);
                pathCases(call);
                Optional<Long> before = listTotal(operation, all);
                call.cases().stream().filter(Case::clearlyInvalid).forEach(c -> expect(call, c));
                Optional<Long> after = listTotal(operation, all);
                if (before.isPresent()) {
                    count("no record written");
                    if (!before.equals(after)) {
                        mismatches.add(operation.name() + ": the list's total went from " + before.get() + " to "
                                + after.orElse(null) + " over the clearly invalid calls");
                    }
                }
                // After the count: what may be accepted (free text such as SQL is valid data) may be stored.
                call.cases().stream().filter(c -> !c.clearlyInvalid()).forEach(c -> expect(call, c));
            }
        }
        KNOWN_DEFECTS.stream().map(KnownDefect::description).filter(known -> !knownSeen.containsKey(known))
                .forEach(known -> mismatches.add("listed as a known defect but no case shows it any more: " + known));
        int cases = counts.values().stream().mapToInt(Integer::intValue).sum();
        SystemStack.say("Bad-input suite from the OpenAPI documents: %d operations, %d cases %s", operations, cases,
                counts);
        SystemStack.say("Accepted as valid data (%d cases): %s", accepted.values().stream().mapToInt(i -> i).sum(),
                accepted);
        SystemStack.say("Known defects still open (cases each explains): %s; milliseconds per kind: %s", knownSeen,
                millis);
        assertTrue(operations > 40, "the documents list operations with input: " + operations);
        assertEquals(List.of(), mismatches, mismatches.size() + " of " + cases + " cases answered otherwise");
    }

    // --- bodies ---------------------------------------------------------------------------------------------------

    private void bodyCases(Call call, Map<String, Object> schema) {
        boolean object = "object".equals(typeOf(schema)) || schema.get("properties") != null;
        expect(call, "malformed JSON", null, true, r -> r.body("{\"a\": "));
        expect(call, "oversized body", null, true, r -> r.body(oversized()));
        if (!object) {
            expect(call, "wrong top-level type", null, true, r -> r.body("array".equals(typeOf(schema)) ? "{}" : "[]"));
            return;
        }
        expect(call, "wrong top-level type", null, true, r -> r.body("[]"));
        expect(call, "wrong top-level type", null, true, r -> r.body("42"));
        Map<String, Object> example = asMap(call.example());
        Map<String, Object> withUnknown = new LinkedHashMap<>(example);
        withUnknown.put(UNKNOWN_PROPERTY, 1);
        expect(call, "unknown property", UNKNOWN_PROPERTY, true, r -> r.body(json(withUnknown)));
        for (Object required : list(schema.get("required"))) {
            Map<String, Object> without = new LinkedHashMap<>(example);
            without.remove(String.valueOf(required));
            expect(call, "missing required", String.valueOf(required), true, r -> r.body(json(without)));
        }
        properties(call, schema).forEach((name, property) -> {
            String type = typeOf(property);
            if (property.get("enum") != null) {
                with(call, example, name, "invalid enum", "NOT_A_VALUE", true);
            }
            switch (type) {
                case "string" -> {
                    with(call, example, name, "wrong type", Map.of("a", 1), true);
                    with(call, example, name, "empty string", "", rejects(property, ""));
                    with(call, example, name, "whitespace string", "   ", rejects(property, "   "));
                    with(call, example, name, "10,000 characters", LONG, rejects(property, LONG));
                    if ("date".equals(property.get("format"))) {
                        with(call, example, name, "impossible date", "2026-02-30", true);
                    } else if ("date-time".equals(property.get("format"))) {
                        with(call, example, name, "impossible date", "2026-02-30T08:00:00Z", true);
                    }
                }
                case "integer", "number" -> {
                    with(call, example, name, "wrong type", "abc", true);
                    with(call, example, name, "negative number", -1, below(property, -1));
                    with(call, example, name, "zero", 0, below(property, 0));
                    with(call, example, name, "huge number", 1e20, "integer".equals(type) || above(property, 1e20));
                }
                case "boolean" -> with(call, example, name, "wrong type", "abc", true);
                case "array" -> with(call, example, name, "wrong type", Map.of("a", 1), true);
                case "object" -> with(call, example, name, "wrong type", 42, true);
                default -> {
                }
            }
        });
    }

    /** SQL and script fragments in every string property: free text may take them, a code or an enum may not. */
    private void contentCases(Call call, Map<String, Object> schema) {
        if (properties(call, schema).isEmpty()) {
            return;
        }
        Map<String, Object> example = asMap(call.example());
        properties(call, schema).forEach((name, property) -> {
            if ("string".equals(typeOf(property))) {
                with(call, example, name, "SQL fragment", SQL, rejects(property, SQL));
                with(call, example, name, "script fragment", SCRIPT, rejects(property, SCRIPT));
            }
        });
    }

    private void with(Call call, Map<String, Object> example, String property, String kind, Object value,
            boolean clearlyInvalid) {
        Map<String, Object> body = new LinkedHashMap<>(example);
        body.put(property, value);
        expect(call, kind, property, clearlyInvalid, r -> r.body(json(body)));
    }

    // --- parameters -----------------------------------------------------------------------------------------------

    private void queryCases(Call call) {
        for (Map<String, Object> parameter : call.operation().parameters()) {
            if (!"query".equals(parameter.get("in"))) {
                continue;
            }
            String name = String.valueOf(parameter.get("name"));
            Map<String, Object> schema = call.operation().resolve(asMap(parameter.get("schema")));
            if (schema == null) {
                continue;
            }
            if (schema.get("enum") != null) {
                query(call, name, "query: invalid enum", "NOT_A_VALUE");
            }
            String type = typeOf(schema);
            if ("integer".equals(type) || "number".equals(type)) {
                query(call, name, "query: not a number", "abc");
                if (schema.get("minimum") instanceof Number minimum) {
                    query(call, name, "query: out of range", String.valueOf(minimum.longValue() - 1));
                }
                if (schema.get("maximum") instanceof Number maximum) {
                    query(call, name, "query: out of range", String.valueOf(maximum.longValue() + 1));
                }
            }
            if ("string".equals(type) && schema.get("pattern") != null && rejects(schema, SQL)) {
                query(call, name, "query: pattern", SQL);
            }
            if ("date".equals(schema.get("format"))) {
                query(call, name, "query: impossible date", "2026-02-30");
            }
        }
    }

    private void query(Call call, String name, String kind, String value) {
        expect(call, kind, name, true, call.path(Map.of(), Map.of(name, value)), call.defaultBody());
    }

    private void pathCases(Call call) {
        for (Map<String, Object> parameter : call.operation().parameters()) {
            if ("path".equals(parameter.get("in"))) {
                String name = String.valueOf(parameter.get("name"));
                // A key without a pattern may be free text (an agency's name): then only a 5xx is wrong.
                Map<String, Object> schema = call.operation().resolve(asMap(parameter.get("schema")));
                boolean constrained = schema != null && schema.get("pattern") != null;
                expect(call, "path: SQL fragment", name, constrained || schema != null && rejects(schema, SQL),
                        call.path(Map.of(name, SQL), Map.of()), call.defaultBody());
                expect(call, "path: script fragment", name, constrained || schema != null && rejects(schema, SCRIPT),
                        call.path(Map.of(name, SCRIPT), Map.of()), call.defaultBody());
            }
        }
    }

    // --- calling and judging --------------------------------------------------------------------------------------

    /** One operation ready to call: its token, the example body, its parameters' example values. */
    private record Call(Operation operation, String token, Object example, List<Case> cases) {

        /** The path with its parameters and required query parameters filled from their examples, then overrides. */
        String path(Map<String, String> pathValues, Map<String, String> queryValues) {
            String path = operation.path();
            Map<String, String> query = new LinkedHashMap<>();
            for (Map<String, Object> parameter : operation.parameters()) {
                String name = String.valueOf(parameter.get("name"));
                if ("path".equals(parameter.get("in"))) {
                    String value = pathValues.getOrDefault(name, exampleValue(parameter, operation));
                    path = path.replace("{" + name + "}", encode(value));
                } else if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
                    query.put(name, exampleValue(parameter, operation));
                }
            }
            query.putAll(queryValues);
            StringBuilder uri = new StringBuilder(path);
            query.forEach((name, value) -> uri.append(uri.indexOf("?") < 0 ? '?' : '&').append(encode(name))
                    .append('=').append(encode(value)));
            return uri.toString();
        }

        Consumer<RequestSpecification> defaultBody() {
            return example == null ? r -> { } : r -> r.body(json(example));
        }
    }

    private void expect(Call call, String kind, String field, boolean clearlyInvalid,
            Consumer<RequestSpecification> body) {
        expect(call, kind, field, clearlyInvalid, call.path(Map.of(), Map.of()), body);
    }

    /** One bad request: its kind, the property or parameter it targets (null for the body as a whole). */
    private record Case(String kind, String field, boolean clearlyInvalid, String uri,
            Consumer<RequestSpecification> body) {
    }

    private void expect(Call call, String kind, String field, boolean clearlyInvalid, String uri,
            Consumer<RequestSpecification> body) {
        call.cases().add(new Case(kind, field, clearlyInvalid, uri, body));
    }

    private void expect(Call call, Case c) {
        String kind = c.kind();
        String field = c.field();
        long begin = System.nanoTime();
        count(kind);
        // As written: RestAssured would encode the ':' of custom verbs (courses:import), which then match nothing.
        RequestSpecification request = stack.request(call.operation().service()).urlEncodingEnabled(false)
                .redirects().follow(false).header("Accept-Language", "en");
        if (call.token() != null) {
            request.header("Authorization", call.token());
        }
        if (BODY_METHODS.contains(call.operation().method())) {
            request.contentType("application/json");
        }
        c.body().accept(request);
        Response response = request.request(call.operation().method().toUpperCase(), c.uri());
        millis.merge(kind, (System.nanoTime() - begin) / 1_000_000, Long::sum);
        String problem = problem(response, field, c.clearlyInvalid());
        String key = call.operation().name() + " | " + kind + " | " + field;
        if (problem == null) {
            if (response.statusCode() < 400) {
                accepted.merge(call.operation().name() + " | " + kind, 1, Integer::sum);
            }
            return;
        }
        Optional<KnownDefect> known = KNOWN_DEFECTS.stream().filter(d -> d.matches().test(key, response)).findFirst();
        if (known.isPresent()) {
            knownSeen.merge(known.get().description(), 1, Integer::sum);
            return;
        }
        mismatches.add(key + ": " + problem);
    }

    /** What is wrong with the answer, or null when it is as it should be. */
    private static String problem(Response response, String field, boolean clearlyInvalid) {
        int status = response.statusCode();
        String answered = status + " " + response.contentType() + " " + abbreviate(response.asString());
        if (status >= 500) {
            return "server error: " + answered;
        }
        if (status < 400) {
            return clearlyInvalid ? "accepted clearly invalid input: " + answered : null;
        }
        if (!String.valueOf(response.contentType()).startsWith(PROBLEM_JSON)) {
            return "not problem+json: " + answered;
        }
        if (status == 400 && field != null && clearlyInvalid) {
            List<String> fields = response.jsonPath().getList("errors.field", String.class);
            if (fields == null || fields.stream().noneMatch(named -> names(named, field))) {
                return "400 without an error naming '" + field + "': " + answered;
            }
        }
        return null;
    }

    /** The error's path is the property or a path through it ({@code levels[0].text} names {@code levels}). */
    private static boolean names(String path, String field) {
        return path != null && List.of(path.split("[.\\[\\]]")).contains(field);
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    private void count(String kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    /** ADMIN when the operation allows it, else its first role; the demo participant's NIP and unit. */
    private static String token(Operation operation) {
        if (!operation.secured()) {
            return null;
        }
        String role = operation.roles().contains("ADMIN") || operation.roles().isEmpty() ? "ADMIN"
                : operation.roles().iterator().next();
        return DevTokens.bearer(role, DevPersonas.SAMPLE_NIP, DevPersonas.SAMPLE_UNIT);
    }

    /** The {@code total} of the paged GET list on the same path, for creates (POST); empty when there is none. */
    private Optional<Long> listTotal(Operation operation, List<Operation> all) {
        if (!"post".equals(operation.method())) {
            return Optional.empty();
        }
        Optional<Operation> list = all.stream()
                .filter(o -> o.method().equals("get") && o.path().equals(operation.path())
                        && o.parameters().stream().noneMatch(p -> Boolean.TRUE.equals(p.get("required"))))
                .findFirst();
        if (list.isEmpty()) {
            return Optional.empty();
        }
        RequestSpecification request = stack.request(operation.service()).urlEncodingEnabled(false);
        String token = token(list.get());
        if (token != null) {
            request.header("Authorization", token);
        }
        Response response = request.get(new Call(list.get(), token, null, List.of()).path(Map.of(), Map.of()));
        if (response.statusCode() != 200 || !(response.jsonPath().get("total") instanceof Number total)) {
            return Optional.empty();
        }
        return Optional.of(total.longValue());
    }

    // --- schemas --------------------------------------------------------------------------------------------------

    /** The properties of an object schema, each resolved (its own {@code $ref} or single {@code allOf}). */
    private static Map<String, Map<String, Object>> properties(Call call, Map<String, Object> schema) {
        Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
        if (schema.get("properties") instanceof Map<?, ?> map) {
            map.forEach((name, property) -> {
                Map<String, Object> resolved = call.operation().resolve(asMap(property));
                if (resolved != null && resolved.get("allOf") instanceof List<?> all && all.size() == 1) {
                    resolved = call.operation().resolve(asMap(all.get(0)));
                }
                if (resolved != null && !Boolean.TRUE.equals(resolved.get("readOnly"))) {
                    properties.put(String.valueOf(name), resolved);
                }
            });
        }
        return properties;
    }

    /** Whether the schema's enum, pattern, length or format rules the string out. */
    private static boolean rejects(Map<String, Object> schema, String value) {
        if (schema.get("enum") instanceof List<?> values && !values.contains(value)) {
            return true;
        }
        if (schema.get("format") != null && Set.of("date", "date-time", "uuid", "email").contains(
                String.valueOf(schema.get("format")))) {
            return true;
        }
        if (schema.get("minLength") instanceof Number min && value.length() < min.intValue()) {
            return true;
        }
        if (schema.get("maxLength") instanceof Number max && value.length() > max.intValue()) {
            return true;
        }
        if (schema.get("pattern") instanceof String pattern) {
            try {
                return !java.util.regex.Pattern.compile(pattern).matcher(value).find();
            } catch (PatternSyntaxException e) {
                return false;
            }
        }
        return false;
    }

    private static boolean below(Map<String, Object> schema, double value) {
        return schema.get("minimum") instanceof Number min && value < min.doubleValue()
                || schema.get("exclusiveMinimum") instanceof Number exclusive && value <= exclusive.doubleValue();
    }

    private static boolean above(Map<String, Object> schema, double value) {
        return schema.get("maximum") instanceof Number max && value > max.doubleValue()
                || schema.get("exclusiveMaximum") instanceof Number exclusive && value >= exclusive.doubleValue();
    }

    /** The document's example of the parameter; without one, a plausible value for its name and type. */
    private static String exampleValue(Map<String, Object> parameter, Operation operation) {
        Map<String, Object> schema = operation.resolve(asMap(parameter.get("schema")));
        String name = String.valueOf(parameter.get("name")).toLowerCase();
        String fallback = name.contains("nip") ? DevPersonas.SAMPLE_NIP
                : name.contains("unit") ? DevPersonas.SAMPLE_UNIT
                : schema != null && Set.of("integer", "number").contains(typeOf(schema)) ? "1" : "X1";
        return operation.exampleValue(parameter, fallback);
    }

    private static String oversized() {
        return "{\"" + UNKNOWN_PROPERTY + "\":\"" + "x".repeat(OVERSIZED) + "\"}";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
