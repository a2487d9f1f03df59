package id.kompeten.localstack.testing;

import static id.kompeten.localstack.testing.OpenApiSchemas.escape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a real answer against what an OpenAPI document promises for it: the operation is found by method and path
 * template, then the response by status (exact, {@code 4XX}-style range, {@code default}), then the media type; the
 * body must be one the document declares, and a JSON body must validate against its schema (see
 * {@link OpenApiSchemas} for the dialect). This is what catches a field declared {@code string} that arrives as
 * {@code null}, which no example shows.
 * <p>
 * A status the operation does not list is reported (a client cannot type an answer it was not told of; e.g. a 401
 * where only 403 is listed), except the {@link #TRANSPORT_STATUSES} any request may get from the HTTP layer or
 * overload protection before an operation runs; those are validated only where the document lists them. Answers to
 * requests the document does not describe (paths outside it, a method a path does not have) are not judged: they are
 * no operation's answer.
 */
public final class OpenApiResponses {

    /** Starts the last line of a list of violations: the body they were found in. */
    static final String BODY = "  body: ";

    /** Not Acceptable, too large, URI or headers too long, too many requests, overloaded, timed out. */
    public static final Set<Integer> TRANSPORT_STATUSES = Set.of(406, 413, 414, 429, 431, 503, 504);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{[^}/]+}");
    private static final int MAX_BODY_IN_MESSAGE = 2000;

    private final OpenApiSchemas schemas;
    /** Most specific first, so {@code /courses:import} wins over {@code /courses/{id}}-like templates. */
    private final List<PathTemplate> paths;

    private OpenApiResponses(OpenApiSchemas schemas) {
        this.schemas = schemas;
        List<PathTemplate> templates = new ArrayList<>();
        schemas.document().path("paths").fieldNames().forEachRemaining(path -> templates.add(PathTemplate.of(path)));
        templates.sort(Comparator.comparingInt(PathTemplate::parameters)
                .thenComparing(Comparator.comparingInt(PathTemplate::literalLength).reversed()));
        this.paths = List.copyOf(templates);
    }

    /** The checker for one document (JSON). */
    public static OpenApiResponses of(String json) {
        return new OpenApiResponses(OpenApiSchemas.of(json));
    }

    /** The documented operation a request goes to, e.g. {@code GET /api/v1/courses/{id}}; empty if none. */
    public Optional<String> operation(String method, String path) {
        return find(method, path).map(template -> method.toUpperCase(Locale.ROOT) + " " + template.template());
    }

    /**
     * What is wrong with the answer to {@code method path}; empty when it matches the document or the document does
     * not describe it.
     *
     * @param path        the request path without query string, e.g. {@code /api/v1/courses/42}
     * @param contentType the answer's Content-Type header, parameters allowed; null or blank without one
     * @param body        the answer's body; null or empty when it has none
     */
    public List<String> violations(String method, String path, int status, String contentType, String body) {
        Optional<PathTemplate> template = find(method, path);
        if (template.isEmpty()) {
            return List.of();
        }
        String name = method.toUpperCase(Locale.ROOT) + " " + template.get().template() + " answered " + status;
        String pointer = resolve("/paths/" + escape(template.get().template())) + "/"
                + method.toLowerCase(Locale.ROOT) + "/responses";
        JsonNode responses = schemas.document().at(pointer);
        Optional<String> documented = documentedStatus(responses, status);
        if (documented.isEmpty() && TRANSPORT_STATUSES.contains(status)) {
            return List.of();
        }
        if (documented.isEmpty()) {
            return List.of(name + ", a status the document does not list (it lists " + fieldNames(responses) + ")");
        }
        pointer = resolve(pointer + "/" + escape(documented.get()));
        JsonNode content = schemas.document().at(pointer).path("content");
        boolean hasBody = body != null && !body.isEmpty() && !"HEAD".equalsIgnoreCase(method);
        String mediaType = mediaType(contentType);
        if (!hasBody) {
            // A documented body that never comes is a gap too, but an empty JSON answer is not worth a rule here.
            return List.of();
        }
        if (content.isEmpty()) {
            return List.of(name + " with a " + mediaType + " body, but the document declares no body for "
                    + documented.get());
        }
        Optional<String> declared = declaredMediaType(content, mediaType);
        if (declared.isEmpty()) {
            return List.of(name + " with " + (mediaType.isEmpty() ? "no Content-Type" : mediaType)
                    + ", but the document declares only " + fieldNames(content) + " for " + documented.get());
        }
        if (!isJson(mediaType) || !content.path(declared.get()).has("schema")) {
            return List.of();
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return List.of(name + " with " + mediaType + " that is not JSON: " + e.getOriginalMessage());
        }
        String schemaPointer = pointer + "/content/" + escape(declared.get()) + "/schema";
        List<String> violations = new ArrayList<>();
        for (Error error : schemas.validate(schemaPointer, value)) {
            violations.add(name + " (" + mediaType + "): " + error);
        }
        if (!violations.isEmpty()) {
            violations.add(BODY + abbreviate(body));
        }
        return violations;
    }

    private Optional<PathTemplate> find(String method, String path) {
        String operation = method.toLowerCase(Locale.ROOT);
        // A path without this method (answered 405, say) is no operation's answer.
        return paths.stream().filter(template -> template.matches(path)
                && schemas.document().at(resolve("/paths/" + escape(template.template()))).has(operation)).findFirst();
    }

    /** The responses key that covers the status: the status itself, its range ("4XX"), or "default". */
    private static Optional<String> documentedStatus(JsonNode responses, int status) {
        for (String key : List.of(Integer.toString(status), (status / 100) + "XX", (status / 100) + "xx", "default")) {
            if (responses.has(key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** The content key that covers the media type: itself, "type/*", or "*&#47;*". */
    private static Optional<String> declaredMediaType(JsonNode content, String mediaType) {
        int slash = mediaType.indexOf('/');
        List<String> candidates = slash < 0 ? List.of("*/*")
                : List.of(mediaType, mediaType.substring(0, slash) + "/*", "*/*");
        for (String candidate : candidates) {
            for (Iterator<String> keys = content.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                if (mediaType(key).equals(candidate)) {
                    return Optional.of(key);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where the object at the pointer really is: a response or path item may be a {@code $ref} to
     * {@code #/components/...}, and a schema inside it must be addressed there.
     */
    private String resolve(String pointer) {
        String ref = schemas.document().at(pointer).path("$ref").asText("");
        return ref.startsWith("#/") ? resolve(ref.substring(1)) : pointer;
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String abbreviate(String body) {
        return body.length() <= MAX_BODY_IN_MESSAGE ? body : body.substring(0, MAX_BODY_IN_MESSAGE) + "...";
    }

    /** A path of the document, e.g. {@code /api/v1/courses/{id}}, as a pattern over request paths. */
    private record PathTemplate(String template, Pattern pattern, int parameters, int literalLength) {

        static PathTemplate of(String template) {
            StringBuilder regex = new StringBuilder();
            Matcher parameter = TEMPLATE_PARAMETER.matcher(template);
            int end = 0;
            int parameters = 0;
            int literal = 0;
            while (parameter.find()) {
                regex.append(Pattern.quote(template.substring(end, parameter.start()))).append("[^/]+");
                literal += parameter.start() - end;
                end = parameter.end();
                parameters++;
            }
            regex.append(Pattern.quote(template.substring(end)));
            literal += template.length() - end;
            return new PathTemplate(template, Pattern.compile(regex.toString()), parameters, literal);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }
}
