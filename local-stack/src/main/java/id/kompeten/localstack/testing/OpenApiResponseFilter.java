package id.kompeten.localstack.testing;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A RestAssured filter that holds every answer of the application under test to its OpenAPI document: an answer of a
 * documented operation must have a documented status and media type, and its JSON body must validate against the
 * documented schema ({@link OpenApiResponses}). A mismatch fails the request's test with an {@link AssertionError}
 * naming the operation, the field and the body. So every test that calls the API also checks the document against
 * what the service really sends, nulls included, which examples cannot.
 * <p>
 * The document is read once from {@code /q/openapi} of the application the request goes to. Install it for a whole
 * test suite with {@link OpenApiResponseCheck}. With the system property {@value #REPORT_PROPERTY} set to a file, the
 * operations, statuses and media types that were checked and the time spent checking are written there when the JVM
 * ends (to see what the suite covers); with {@value #MODE_PROPERTY}{@code =report} as well, mismatches are listed
 * there instead of failing tests, to survey a whole suite at once (a test stops at its first failure).
 */
public final class OpenApiResponseFilter implements Filter {

    /** System property: a file to write the checked answers and the time spent to, when the JVM ends. */
    public static final String REPORT_PROPERTY = "kompeten.openapi.response-report";

    /** System property: {@code fail} (default) fails the test on a mismatch, {@code report} only lists it. */
    public static final String MODE_PROPERTY = "kompeten.openapi.response-check";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Map<String, OpenApiResponses> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
    private static final Set<String> MISMATCHES = ConcurrentHashMap.newKeySet();
    private static final boolean FAIL = !"report".equals(System.getProperty(MODE_PROPERTY));
    private static final AtomicLong ANSWERS = new AtomicLong();
    private static final AtomicLong NANOS = new AtomicLong();

    static {
        String report = System.getProperty(REPORT_PROPERTY);
        if (report != null && !report.isBlank()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> writeReport(Path.of(report))));
        }
    }

    /** Adds the filter to RestAssured's global filters unless it is there already. */
    public static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(OpenApiResponseFilter.class::isInstance)) {
            RestAssured.filters(new OpenApiResponseFilter());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expectations,
            FilterContext context) {
        Response response = context.next(request, expectations);
        long start = System.nanoTime();
        URI uri = URI.create(request.getURI());
        OpenApiResponses document = DOCUMENTS.computeIfAbsent(origin(uri), OpenApiResponseFilter::fetch);
        String method = request.getMethod();
        List<String> violations = new ArrayList<>();
        document.operation(method, uri.getRawPath()).ifPresent(operation -> {
            violations.addAll(document.violations(method, uri.getRawPath(), response.getStatusCode(),
                    response.getContentType(), response.asString()));
            CHECKED.add(operation + " " + response.getStatusCode() + " " + mediaType(response.getContentType()));
        });
        ANSWERS.incrementAndGet();
        NANOS.addAndGet(System.nanoTime() - start);
        if (violations.isEmpty()) {
            return response;
        }
        if (!FAIL) {
            violations.stream().filter(violation -> !violation.startsWith(OpenApiResponses.BODY))
                    .forEach(MISMATCHES::add);
            return response;
        }
        throw new AssertionError("The answer to " + method + " " + uri.getRawPath()
                + " does not match the OpenAPI document:\n" + String.join("\n", violations));
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip();
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The application's own document, fetched outside RestAssured so this filter does not judge that request. */
    private static OpenApiResponses fetch(String origin) {
        try {
            HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(TIMEOUT).build().send(
                    HttpRequest.newBuilder(URI.create(origin + "/q/openapi")).header("Accept", "application/json")
                            .timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + origin + "/q/openapi answered " + answer.statusCode());
            }
            return OpenApiResponses.of(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI document of " + origin, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted reading the OpenAPI document of " + origin, e);
        }
    }

    private static void writeReport(Path file) {
        List<String> lines = new ArrayList<>(new TreeSet<>(CHECKED));
        new TreeSet<>(MISMATCHES).forEach(mismatch -> lines.add("MISMATCH " + mismatch));
        lines.add("# " + ANSWERS.get() + " answers, " + CHECKED.size() + " distinct operation/status/media type,"
                + " checking took " + NANOS.get() / 1_000_000 + " ms (documents fetched: " + DOCUMENTS.size() + ")");
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            System.err.println("Cannot write " + file + ": " + e);
        }
    }
}
